import type {
  AssessPenaltyBodySchema,
  CaseDetail,
  CaseEventBody,
  CaseListQuerySchema,
  CaseSummary,
  CreateCaseBodySchema,
  Enterprise,
} from '@ecocloud/contracts';
import type { z } from 'zod';
import { buildUrl, http } from '../../lib/http';
import type { DocumentKind } from './labels';

const enc = encodeURIComponent;
const base = '/api/v1/enforcement/cases';

/** The list's filters and paging as the route takes them (overdue as the text the query string carries). */
export type CaseQuery = Partial<Omit<z.infer<typeof CaseListQuerySchema>, 'overdue'>> & { overdue?: 'true' | 'false' };
export type CreateCaseInput = z.input<typeof CreateCaseBodySchema>;
export type AssessPenaltyInput = z.input<typeof AssessPenaltyBodySchema>;

export function fetchCases(query: CaseQuery): Promise<{ items: CaseSummary[]; total: number }> {
  return http(base, { query });
}

export function fetchCase(id: string): Promise<CaseDetail> {
  return http(`${base}/${enc(id)}`);
}

export function createCase(input: CreateCaseInput): Promise<CaseDetail> {
  return http(base, { method: 'POST', body: input });
}

export function recordCaseEvent(id: string, body: CaseEventBody): Promise<CaseDetail> {
  return http(`${base}/${enc(id)}/events`, { method: 'POST', body });
}

export function assessCasePenalty(id: string, body: AssessPenaltyInput): Promise<CaseDetail> {
  return http(`${base}/${enc(id)}/penalty`, { method: 'POST', body });
}

/** A plain GET link to a generated document: the browser sends the cookie and saves the file. */
export function caseDocumentUrl(id: string, kind: DocumentKind, format: 'docx' | 'pdf'): string {
  return buildUrl(`${base}/${enc(id)}/documents/${kind}`, { format });
}

/** The register's enterprises in the user's scope whose name or credit code contains `q` (the picker). */
export function searchEnterprises(q: string): Promise<{ items: Enterprise[]; total: number }> {
  return http('/api/v1/sources/enterprises', { query: { q, page: 1, pageSize: 20, sort: 'name', order: 'asc' } });
}
