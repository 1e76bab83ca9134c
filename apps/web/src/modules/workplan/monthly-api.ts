import type { MonthlyDecisionBody, MonthlyReport } from '@ecocloud/contracts';
import { buildUrl, http, isApiError } from '../../lib/http';

const enc = encodeURIComponent;
const base = '/api/v1/workplan';

/** Query key of a plan's monthly report (every one starts with ['workplan', 'monthly']). */
export const monthlyKey = (planId?: string, month?: string) =>
  ['workplan', 'monthly', ...(planId ? [planId] : []), ...(month ? [month] : [])] as const;

/** The plan's report for the month, or null when it has not been compiled yet (404). */
export async function fetchMonthly(planId: string, month: string): Promise<MonthlyReport | null> {
  try {
    return await http<MonthlyReport>(`${base}/plans/${enc(planId)}/monthly-reports/${enc(month)}`);
  } catch (e) {
    if (isApiError(e) && e.status === 404 && e.code === 'MONTHLY_REPORT_NOT_FOUND') return null;
    throw e;
  }
}

export function compileMonthly(planId: string, month: string): Promise<MonthlyReport> {
  return http(`${base}/plans/${enc(planId)}/monthly-reports/${enc(month)}/compile`, { method: 'POST' });
}

export function submitMonthly(id: string): Promise<MonthlyReport> {
  return http(`${base}/monthly-reports/${enc(id)}/submit`, { method: 'POST' });
}

export function decideMonthly(id: string, body: MonthlyDecisionBody): Promise<MonthlyReport> {
  return http(`${base}/monthly-reports/${enc(id)}/decision`, { method: 'POST', body });
}

export function releaseMonthly(id: string): Promise<MonthlyReport> {
  return http(`${base}/monthly-reports/${enc(id)}/release`, { method: 'POST' });
}

/** A plain GET link to the report as an editable Word document or a PDF. */
export function monthlyDocumentUrl(id: string, format: 'docx' | 'pdf'): string {
  return buildUrl(`${base}/monthly-reports/${enc(id)}/document`, { format });
}
