import type {
  ComplianceDay,
  ComplianceHour,
  ComplianceSettings,
  ComplianceStatsRow,
  CreateSpecialPeriodBodySchema,
  EnterpriseFile,
  ExceedanceEvent,
  Lead,
  LeadListQuerySchema,
  OutletAmount,
  SpecialPeriodSchema,
} from '@ecocloud/contracts';
import type { z } from 'zod';
import { http } from '../../lib/http';

const enc = encodeURIComponent;
const base = '/api/v1/compliance';
type Items<T> = { items: T[] };

/** [from, to): ISO instants with an offset, as the compliance routes take them. */
export type Range = { from: string; to: string };

/** The inbox's filters and paging (every field optional: the server has the defaults). */
export type LeadQuery = Partial<z.infer<typeof LeadListQuerySchema>>;
export type SpecialPeriod = z.infer<typeof SpecialPeriodSchema>;
export type SpecialPeriodInput = z.input<typeof CreateSpecialPeriodBodySchema>;
export type StatsQuery = Range & { groupBy: 'enterprise' | 'region'; regionCode?: string };
export type EnterpriseAmounts = { enterpriseId: string; year: number; rows: OutletAmount[] };

export function fetchLeads(query: LeadQuery): Promise<{ items: Lead[]; total: number }> {
  return http(`${base}/leads`, { query });
}

export function fetchLead(id: string): Promise<Lead> {
  return http(`${base}/leads/${enc(id)}`);
}

/** A triage step: each action names its one text field (the contracts' Dismiss/Ask/Explain/Case bodies). */
export type LeadAction =
  | { action: 'dismiss'; reason: string }
  | { action: 'ask'; question: string }
  | { action: 'explain'; explanation: string }
  | { action: 'case'; reason: string };

export function actOnLead(id: string, { action, ...body }: LeadAction): Promise<Lead> {
  return http(`${base}/leads/${enc(id)}/${action}`, { method: 'POST', body });
}

export function fetchOutletHours(outletId: string, range: Range): Promise<Items<ComplianceHour>> {
  return http(`${base}/outlets/${enc(outletId)}/hours`, { query: range });
}

export function fetchOutletDays(outletId: string, range: Range): Promise<Items<ComplianceDay>> {
  return http(`${base}/outlets/${enc(outletId)}/days`, { query: range });
}

/** Events overlapping the range, newest first; an enterprise narrows them to its outlets. */
export function fetchExceedances(query: Range & { enterpriseId?: string }): Promise<Items<ExceedanceEvent>> {
  return http(`${base}/exceedances`, { query });
}

export function fetchEnterpriseAmounts(enterpriseId: string, year: number): Promise<EnterpriseAmounts> {
  return http(`${base}/enterprises/${enc(enterpriseId)}/amounts`, { query: { year } });
}

export function fetchStats(query: StatsQuery): Promise<{ rows: ComplianceStatsRow[] }> {
  return http(`${base}/stats`, { query });
}

/** The special periods; the list may come as `{ items }` or as a bare array. */
export async function fetchSpecialPeriods(): Promise<SpecialPeriod[]> {
  const body = await http<Items<SpecialPeriod> | SpecialPeriod[]>(`${base}/special-periods`);
  return Array.isArray(body) ? body : body.items;
}

export function createSpecialPeriod(input: SpecialPeriodInput): Promise<SpecialPeriod> {
  return http(`${base}/special-periods`, { method: 'POST', body: input });
}

export function deleteSpecialPeriod(id: string): Promise<void> {
  return http(`${base}/special-periods/${enc(id)}`, { method: 'DELETE' });
}

export function fetchSettings(): Promise<ComplianceSettings> {
  return http(`${base}/settings`);
}

export function updateSettings(settings: ComplianceSettings): Promise<ComplianceSettings> {
  return http(`${base}/settings`, { method: 'PUT', body: settings });
}

/** The register's file of the outlet's enterprise: the outlet's code, name and kind, and the permit's units. */
export function fetchEnterpriseFile(id: string): Promise<EnterpriseFile> {
  return http(`/api/v1/sources/enterprises/${enc(id)}/file`);
}
