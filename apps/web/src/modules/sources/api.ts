import type {
  DueItem,
  Enterprise,
  EnterpriseFile,
  EnterpriseInput,
  EnterpriseListQuerySchema,
  EnterpriseUpdateInput,
  ExecutionReport,
  ExecutionReportInput,
  ImportReport,
  Outlet,
  OutletInput,
  OutletUpdateInput,
  Permit,
  PermitEvent,
  PermitEventInput,
  PermitInput,
  PermitUpdateInput,
  PublicEnterprise,
  ReportFrequency,
} from '@ecocloud/contracts';
import type { z } from 'zod';
import { buildUrl, http } from '../../lib/http';

const enc = encodeURIComponent;
const base = '/api/v1/sources';
type List<T> = { items: T[]; total: number };
type Items<T> = { items: T[] };

/** The list's filters and paging, without the download format (that is a link, not a fetch). */
export type EnterpriseQuery = Partial<Omit<z.infer<typeof EnterpriseListQuerySchema>, 'format'>>;

export function fetchEnterprises(query: EnterpriseQuery): Promise<List<Enterprise>> {
  return http(`${base}/enterprises`, { query });
}

/** A plain GET link to the whole filtered list as a file: the browser sends the cookie and saves it. */
export function enterprisesExportUrl(query: EnterpriseQuery, format: 'csv' | 'xlsx'): string {
  const { page: _page, pageSize: _size, ...filters } = query;
  return buildUrl(`${base}/enterprises`, { ...filters, format });
}

export function createEnterprise(input: EnterpriseInput): Promise<Enterprise> {
  return http(`${base}/enterprises`, { method: 'POST', body: input });
}

export function updateEnterprise(id: string, patch: EnterpriseUpdateInput): Promise<Enterprise> {
  return http(`${base}/enterprises/${enc(id)}`, { method: 'PATCH', body: patch });
}

export function createOutlet(enterpriseId: string, input: OutletInput): Promise<Outlet> {
  return http(`${base}/enterprises/${enc(enterpriseId)}/outlets`, { method: 'POST', body: input });
}

export function updateOutlet(id: string, patch: OutletUpdateInput): Promise<Outlet> {
  return http(`${base}/outlets/${enc(id)}`, { method: 'PATCH', body: patch });
}

export function createPermit(enterpriseId: string, input: PermitInput): Promise<Permit> {
  return http(`${base}/enterprises/${enc(enterpriseId)}/permits`, { method: 'POST', body: input });
}

/** A PATCH with `limits` replaces every limit of the permit. */
export function updatePermit(id: string, patch: PermitUpdateInput): Promise<Permit> {
  return http(`${base}/permits/${enc(id)}`, { method: 'PATCH', body: patch });
}

/** A Ministry notice moving one period's report deadline (for every permit). */
export type DeadlineOverride = {
  id: string;
  frequency: ReportFrequency;
  periodKey: string;
  dueDate: string;
  note: string;
};
export type DeadlineOverrideInput = Omit<DeadlineOverride, 'id'>;

export function fetchDeadlineOverrides(): Promise<Items<DeadlineOverride>> {
  return http(`${base}/report-deadline-overrides`);
}

export function createDeadlineOverride(input: DeadlineOverrideInput): Promise<DeadlineOverride> {
  return http(`${base}/report-deadline-overrides`, { method: 'POST', body: input });
}

export function deleteDeadlineOverride(id: string): Promise<void> {
  return http(`${base}/report-deadline-overrides/${enc(id)}`, { method: 'DELETE' });
}

/** 一企一档: the enterprise with its outlets, permits, events, due items and reports. */
export function fetchEnterpriseFile(id: string): Promise<EnterpriseFile> {
  return http(`${base}/enterprises/${enc(id)}/file`);
}

export function recordPermitEvent(permitId: string, input: PermitEventInput): Promise<PermitEvent> {
  return http(`${base}/permits/${enc(permitId)}/events`, { method: 'POST', body: input });
}

/** Where a stored document downloads from (scope-checked through its permit's enterprise). */
export function documentUrl(id: string): string {
  return `${base}/documents/${enc(id)}`;
}

/** GET /sources/due: `within` days ahead of `on` (today by default); overdue items unless `overdue` is 'false'. */
export type DueQuery = { on?: string; within?: number; overdue?: 'true' | 'false'; enterpriseId?: string };
export function fetchDue(query: DueQuery): Promise<Items<DueItem>> {
  return http(`${base}/due`, { query });
}

export type ReportQuery = { on?: string; state?: ExecutionReport['state']; enterpriseId?: string; year?: number };
export function fetchReports(query: ReportQuery): Promise<Items<ExecutionReport>> {
  return http(`${base}/reports`, { query });
}

export function submitReport(input: ExecutionReportInput): Promise<ExecutionReport> {
  return http(`${base}/reports`, { method: 'POST', body: input });
}

/** One clock rule as the server's settings apply it (the shape is data: unknown fields are ignored). */
export type ClockRuleView = { code: string; citation?: string; days?: number; dayKind?: string; text?: string };

/** Changed days and day kinds per rule (PUT /sources/clock-rules; rules not listed keep their values). */
export type ClockRulesUpdate = { rules: { code: string; days: number; dayKind: 'calendar' | 'working' }[] };
export async function updateClockRules(update: ClockRulesUpdate): Promise<ClockRuleView[]> {
  return clockRulesOf(await http<unknown>(`${base}/clock-rules`, { method: 'PUT', body: update }));
}

/** The clock rules; the server may answer `{ items }`, `{ rules }` or a record keyed by code. */
export async function fetchClockRules(): Promise<ClockRuleView[]> {
  return clockRulesOf(await http<unknown>(`${base}/clock-rules`));
}

function clockRulesOf(body: unknown): ClockRuleView[] {
  if (typeof body !== 'object' || body === null) return [];
  const record = body as Record<string, unknown>;
  const list = Array.isArray(body) ? body : (record.items ?? record.rules);
  const rows: unknown[] = Array.isArray(list)
    ? list
    : typeof list === 'object' && list !== null
      ? Object.values(list)
      : Object.values(record).filter((v) => typeof v === 'object' && v !== null && 'code' in v);
  return rows.filter((r): r is ClockRuleView => typeof r === 'object' && r !== null && 'code' in r);
}

export type ImportOptions = { file: File; dryRun: boolean; mode: 'valid-rows' | 'all-or-nothing' };
export function importRegister({ file, ...options }: ImportOptions): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  return http(buildUrl(`${base}/import`, { dryRun: options.dryRun, mode: options.mode }), {
    method: 'POST',
    body: form,
  });
}

/** The public page the QR code opens (no session). */
export function fetchPublicEnterprise(uscc: string): Promise<PublicEnterprise> {
  return http(`/api/v1/public/enterprises/${enc(uscc)}`);
}
