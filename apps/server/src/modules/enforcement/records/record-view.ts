import type { InspectionRecord, InspectionRecordSummary } from '@ecocloud/contracts';
import type { AttachmentMeta, RecordRow } from './records.repository';

type Enterprise = { name: string; regionCode: string };

const attachmentView = (a: AttachmentMeta) => ({
  id: a.id,
  kind: a.kind as InspectionRecord['attachments'][number]['kind'],
  fileName: a.file_name,
  contentType: a.content_type,
  size: a.size,
});

export function toSummary(
  row: RecordRow,
  enterprise: Enterprise,
  attachments: AttachmentMeta[],
): InspectionRecordSummary {
  return {
    id: row.id,
    clientId: row.client_id,
    planId: row.plan_id,
    enterpriseId: row.enterprise_id,
    enterpriseName: enterprise.name,
    regionCode: enterprise.regionCode,
    date: row.date,
    method: row.method as InspectionRecord['method'],
    siteReason: row.site_reason,
    inspectors: JSON.parse(row.inspectors) as InspectionRecord['inspectors'],
    lon: row.lon,
    lat: row.lat,
    checklistIndustry: row.checklist_industry,
    findings: row.findings,
    outcome: row.outcome as InspectionRecord['outcome'],
    caseId: row.case_id,
    attachments: attachments.filter((a) => a.record_id === row.id).map(attachmentView),
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

export const toRecord = (row: RecordRow, enterprise: Enterprise, attachments: AttachmentMeta[]): InspectionRecord => ({
  ...toSummary(row, enterprise, attachments),
  checklist: JSON.parse(row.checklist) as InspectionRecord['checklist'],
});
