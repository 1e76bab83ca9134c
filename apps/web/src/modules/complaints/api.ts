import type {
  ComplaintActionBody,
  ComplaintDetail,
  ComplaintIdentity,
  ComplaintListQuerySchema,
  ComplaintMapSchema,
  ComplaintStats,
  ComplaintSummary,
  PublicComplaintBodySchema,
  PublicComplaintStatus,
  PublicHandoverList,
  StaffComplaintBodySchema,
} from '@ecocloud/contracts';
import type { z } from 'zod';
import { buildUrl, http } from '../../lib/http';

const enc = encodeURIComponent;
const base = '/api/v1/complaints';

export type ComplaintQuery = Partial<Omit<z.infer<typeof ComplaintListQuerySchema>, 'overdue'>> & {
  overdue?: 'true' | 'false';
};
export type ComplaintMap = z.infer<typeof ComplaintMapSchema>;
export type StaffComplaintInput = z.input<typeof StaffComplaintBodySchema>;
export type PublicComplaintInput = z.input<typeof PublicComplaintBodySchema>;

export const fetchComplaints = (query: ComplaintQuery): Promise<{ items: ComplaintSummary[]; total: number }> =>
  http(base, { query });
export const fetchComplaint = (id: string): Promise<ComplaintDetail> => http(`${base}/${enc(id)}`);
/** Audited on the server: called only when the officer presses "view identity". */
export const fetchIdentity = (id: string): Promise<ComplaintIdentity> => http(`${base}/${enc(id)}/identity`);
export const recordAction = (id: string, body: ComplaintActionBody): Promise<ComplaintDetail> =>
  http(`${base}/${enc(id)}/actions`, { method: 'POST', body });
export const createStaffComplaint = (body: StaffComplaintInput): Promise<{ id: string; trackingCode: string }> =>
  http(base, { method: 'POST', body });
export const fetchComplaintMap = (query: { from?: string; to?: string; kind?: string }): Promise<ComplaintMap> =>
  http(`${base}/map`, { query });
export const fetchComplaintStats = (query: { from?: string; to?: string }): Promise<ComplaintStats> =>
  http(`${base}/stats`, { query });
export const exportUrl = () => buildUrl(`${base}/export`, { format: 'xlsx' });
export const photoUrl = (id: string, photoId: string) => `${base}/${enc(id)}/photos/${enc(photoId)}`;

// The portal (no login).
export const fileReport = (body: PublicComplaintInput): Promise<{ trackingCode: string; receivedOn: string }> =>
  http('/api/v1/public/complaints', { method: 'POST', body });
export const lookupReport = (code: string): Promise<PublicComplaintStatus> =>
  http(`/api/v1/public/complaints/${enc(code)}`);
export const rateReport = (code: string, satisfied: boolean): Promise<PublicComplaintStatus> =>
  http(`/api/v1/public/complaints/${enc(code)}/rating`, { method: 'POST', body: { satisfied } });
export const askReview = (code: string, reason: string): Promise<PublicComplaintStatus> =>
  http(`/api/v1/public/complaints/${enc(code)}/review`, { method: 'POST', body: { reason } });
export const askReReview = (code: string, reason: string): Promise<PublicComplaintStatus> =>
  http(`/api/v1/public/complaints/${enc(code)}/rereview`, { method: 'POST', body: { reason } });
export const handoverList = (batch: string, day: string): Promise<PublicHandoverList> =>
  http(`/api/v1/public/complaints/handovers?batch=${enc(batch)}&day=${enc(day)}`);
