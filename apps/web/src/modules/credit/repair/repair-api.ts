import type {
  CreditCaseCandidateSchema,
  PublicPunishmentRecord,
  PublicRepairDecision,
  PunishmentClassId,
  PunishmentRecord,
  PunishmentRecordListQuerySchema,
  RepairRequest,
} from '@ecocloud/contracts';
import type { z } from 'zod';
import { http } from '../../../lib/http';
import { CREDIT_API } from '../api';

const base = `${CREDIT_API}/repair`;
const enc = encodeURIComponent;
type List<T> = { items: T[]; total: number };
export type RecordQuery = Partial<z.infer<typeof PunishmentRecordListQuerySchema>>;
export type CaseCandidate = z.infer<typeof CreditCaseCandidateSchema>;

export const fetchRecords = (query: RecordQuery): Promise<List<PunishmentRecord>> => http(`${base}/records`, { query });

export const fetchCandidates = (): Promise<{ items: CaseCandidate[] }> => http(`${base}/case-candidates`);

export const createRecordFromCase = (caseId: string, punishmentClass: PunishmentClassId): Promise<PunishmentRecord> =>
  http(`${base}/records`, { method: 'POST', body: { caseId, punishmentClass } });

export type HandRecordInput = {
  enterpriseId: string;
  decisionNo: string;
  violationText: string;
  fineYuan: number | null;
  authority: string;
  decisionDate: string;
  punishmentClass: PunishmentClassId;
};
export const createHandRecord = (input: HandRecordInput): Promise<PunishmentRecord> =>
  http(`${base}/records`, { method: 'POST', body: input });

export const setRecordClass = (id: string, punishmentClass: PunishmentClassId): Promise<PunishmentRecord> =>
  http(`${base}/records/${enc(id)}/class`, { method: 'PUT', body: { punishmentClass } });

export const fileRepairRequest = (recordId: string, statement: string): Promise<RepairRequest> =>
  http(`${base}/records/${enc(recordId)}/requests`, { method: 'POST', body: { statement } });

export const fetchRequests = (query: {
  state?: string;
  page: number;
  pageSize: number;
}): Promise<List<RepairRequest>> => http(`${base}/requests`, { query });

export const decideRepair = (id: string, decision: 'approve' | 'reject', reason: string): Promise<RepairRequest> =>
  http(`${base}/requests/${enc(id)}/decision`, { method: 'POST', body: { decision, reason } });

type PublicQuery = { q?: string; page: number; pageSize: number };
export const fetchPublicPunishments = (query: PublicQuery): Promise<List<PublicPunishmentRecord>> =>
  http('/api/v1/public/credit/punishments', { query });
export const fetchPublicRepairs = (query: PublicQuery): Promise<List<PublicRepairDecision>> =>
  http('/api/v1/public/credit/repairs', { query });
