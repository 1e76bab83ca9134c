import type {
  Batch,
  BatchBody,
  ImportReport,
  IssueSupervisionNoticeBody,
  ProblemBody,
  ProblemDetail,
  ProblemListQuerySchema,
  ProblemStepBody,
  ProblemSummary,
  SupervisionNotice,
  SupervisionNoticeQuerySchema,
} from '@ecocloud/contracts';
import type { z } from 'zod';
import { buildUrl, http } from '../../lib/http';

const enc = encodeURIComponent;
const base = '/api/v1/rectification';

export type ProblemQuery = Partial<z.output<typeof ProblemListQuerySchema>>;
export type NoticeQuery = Partial<Record<keyof z.input<typeof SupervisionNoticeQuerySchema>, string>>;
type List<T> = { items: T[]; total: number };
export type StepInput = Partial<ProblemStepBody> & Pick<ProblemStepBody, 'step'>;
export type EvidenceInput = {
  kind: 'document' | 'photo';
  filename: string;
  contentType: string;
  contentBase64: string;
  note?: string;
};

export const fetchBatches = (): Promise<{ items: Batch[]; total: number }> => http(`${base}/batches`);

export const createBatch = (body: Partial<BatchBody>): Promise<Batch> =>
  http(`${base}/batches`, { method: 'POST', body });

export const fetchProblems = (query: ProblemQuery): Promise<{ items: ProblemSummary[]; total: number }> =>
  http(`${base}/problems`, { query });

export const fetchProblem = (id: string): Promise<ProblemDetail> => http(`${base}/problems/${enc(id)}`);

export const createProblem = (body: ProblemBody): Promise<ProblemDetail> =>
  http(`${base}/problems`, { method: 'POST', body });

/** The whole plan (PUT): state, history, batch and item number stay as they are. */
export const updateProblem = (id: string, body: ProblemBody): Promise<ProblemDetail> =>
  http(`${base}/problems/${enc(id)}`, { method: 'PUT', body });

export const fetchNotices = (query: NoticeQuery): Promise<List<SupervisionNotice>> =>
  http(`${base}/supervision-notices`, { query });

/** Overdue problems in scope without an open supervision notice. */
export const fetchNoticesNeeded = (): Promise<List<ProblemSummary>> => http(`${base}/supervision-notices/needed`);

export const issueNotice = (problemId: string, body: IssueSupervisionNoticeBody): Promise<SupervisionNotice> =>
  http(`${base}/problems/${enc(problemId)}/supervision-notices`, { method: 'POST', body });

export const replyNotice = (id: string, reply: string): Promise<SupervisionNotice> =>
  http(`${base}/supervision-notices/${enc(id)}/reply`, { method: 'POST', body: { reply } });

export const escalateNotices = (): Promise<{ escalated: number }> =>
  http(`${base}/supervision-notices/escalate`, { method: 'POST', body: {} });

export const takeStep = (id: string, body: StepInput): Promise<ProblemDetail> =>
  http(`${base}/problems/${enc(id)}/steps`, { method: 'POST', body });

export const addEvidence = (id: string, body: EvidenceInput): Promise<ProblemDetail> =>
  http(`${base}/problems/${enc(id)}/evidence`, { method: 'POST', body });

/** A plain GET link: the browser sends the cookie and saves the file. */
export const evidenceUrl = (id: string): string => `${base}/evidence/${enc(id)}`;

export type LedgerImport = { file: File; dryRun: boolean; mode: 'valid-rows' | 'all-or-nothing'; batchId: string };
export function importLedger({ file, ...options }: LedgerImport): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  return http(buildUrl(`${base}/import`, options), { method: 'POST', body: form });
}
