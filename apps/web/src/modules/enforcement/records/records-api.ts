import type {
  CreateInspectionRecordBody,
  InspectionChecklist,
  InspectionRecord,
  InspectionRecordListSchema,
  VIOLATIONS,
} from '@ecocloud/contracts';
import type { z } from 'zod';
import { http } from '../../../lib/http';

// The inspection-record calls (检查记录): the unit's checklist, filing, reading, turning findings into a case.
const base = '/api/v1/enforcement';
const enc = encodeURIComponent;

export type RecordList = z.infer<typeof InspectionRecordListSchema>;
export type RecordQuery = {
  planId?: string | undefined;
  enterpriseId?: string | undefined;
  outcome?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page?: number;
  pageSize?: number;
};

export function fetchChecklist(enterpriseId: string): Promise<InspectionChecklist> {
  return http(`${base}/inspection-checklist`, { query: { enterpriseId } });
}

export function sendRecord(body: CreateInspectionRecordBody): Promise<InspectionRecord> {
  return http(`${base}/inspection-records`, { method: 'POST', body });
}

export function fetchRecords(q: RecordQuery): Promise<RecordList> {
  return http(`${base}/inspection-records`, { query: q });
}

export function fetchRecord(id: string): Promise<InspectionRecord> {
  return http(`${base}/inspection-records/${enc(id)}`);
}

export function recordToCase(
  id: string,
  body: { violation: (typeof VIOLATIONS)[number]; title?: string },
): Promise<InspectionRecord> {
  return http(`${base}/inspection-records/${enc(id)}/case`, { method: 'POST', body });
}

export const attachmentUrl = (recordId: string, attachmentId: string) =>
  `${base}/inspection-records/${enc(recordId)}/attachments/${enc(attachmentId)}`;
