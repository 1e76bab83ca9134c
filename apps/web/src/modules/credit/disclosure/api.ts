import type { AnnualPrefill, DisclosureListView, DisclosureReportRow } from '@ecocloud/contracts';
import { http } from '../../../lib/http';

const enc = encodeURIComponent;

export const fetchList = (year: number): Promise<DisclosureListView> => http(`/api/v1/credit/disclosure/lists/${year}`);
export type ListStep = 'build' | 'publish' | 'fix';
export const stepList = (year: number, step: ListStep, noticeFrom?: string): Promise<DisclosureListView> =>
  http(`/api/v1/credit/disclosure/lists/${year}/${step}`, { method: 'POST', body: noticeFrom ? { noticeFrom } : {} });
export const fetchReports = (query: { year?: number; state?: string }): Promise<{ items: DisclosureReportRow[] }> =>
  http('/api/v1/credit/disclosure/reports', { query });
export const fetchPrefill = (enterpriseId: string, year: number): Promise<AnnualPrefill> =>
  http(`/api/v1/credit/disclosure/annual/${enc(enterpriseId)}/${year}`);
export type AnnualContent = { emergencyPlan: string; carbonTonnes: number | null; insurance: string; note: string };
export const fileAnnual = (body: {
  enterpriseId: string;
  year: number;
  content: AnnualContent;
}): Promise<DisclosureReportRow> => http('/api/v1/credit/disclosure/annual', { method: 'POST', body });
export const fileTemporary = (body: {
  enterpriseId: string;
  eventRef: string;
  content: { text: string };
}): Promise<DisclosureReportRow> => http('/api/v1/credit/disclosure/temporary', { method: 'POST', body });
