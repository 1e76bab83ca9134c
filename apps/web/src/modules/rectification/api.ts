import type {
  Batch,
  BatchBody,
  ImportReport,
  ProblemDetail,
  ProblemListQuerySchema,
  ProblemStepBody,
  ProblemSummary,
} from '@ecocloud/contracts';
import type { z } from 'zod';
import { buildUrl, http } from '../../lib/http';

const enc = encodeURIComponent;
const base = '/api/v1/rectification';

export type ProblemQuery = Partial<z.output<typeof ProblemListQuerySchema>>;
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
