import type { ImportReport, PublicOverviewSchema, SeaSeriesSchema } from '@ecocloud/contracts';
import type { z } from 'zod';
import { buildUrl, http } from '../../lib/http';
import type {
  AirRanking,
  ApiKey,
  AqiNow,
  CityDetail,
  CreateTargetInput,
  Job,
  PeriodQuery,
  StationDaily,
  Target,
  TargetProgress,
  UpdateTargetInput,
  WaterSummary,
} from './types';

const BASE = '/api/v1/assessment';
const enc = encodeURIComponent;
type List<T> = { items: T[]; total: number };
type PublicOverview = z.infer<typeof PublicOverviewSchema>;
export type SeaSeries = z.infer<typeof SeaSeriesSchema>;

/** Province evaluation and ranking for a period, with year-on-year (assessment:read). */
export function fetchRanking(query: PeriodQuery): Promise<AirRanking> {
  return http(`${BASE}/air/ranking`, { query });
}

/** A plain GET link to the ranking table; the browser sends the session cookie and saves the file. */
export function rankingExportUrl(query: PeriodQuery, format: 'xlsx' | 'csv'): string {
  return buildUrl(`${BASE}/air/ranking/export`, { ...query, format });
}

/** One city's evaluation, rank and daily series (scoped: 404 outside the caller's regions). */
export function fetchCityDetail(regionCode: string, query: PeriodQuery): Promise<CityDetail> {
  return http(`${BASE}/air/cities/${enc(regionCode)}`, { query });
}

/** A station's daily values and AQI; the server defaults to the last 30 days. */
export function fetchStationDaily(code: string, range: { from?: string; to?: string } = {}): Promise<StationDaily> {
  return http(`${BASE}/air/stations/${enc(code)}/daily`, { query: range });
}

/** The latest hourly AQI of the stations and cities in scope. */
export function fetchAirNow(): Promise<AqiNow> {
  return http(`${BASE}/air/now`);
}

/** Section classes, shares and the CWQI ranking of a month (YYYY-MM). */
/** Every sea point's daily values over a range, in one request (assessment:read and observations:read). */
export function fetchSeaSeries(range: { from: string; to: string }): Promise<SeaSeries> {
  return http(`${BASE}/sea/series`, { query: range });
}

export function fetchWater(month: string): Promise<WaterSummary> {
  return http(`${BASE}/water`, { query: { month } });
}

export function fetchTargets(query: { year?: number; regionCode?: string }): Promise<List<TargetProgress>> {
  return http(`${BASE}/targets`, { query });
}

export function createTarget(input: CreateTargetInput): Promise<Target> {
  return http(`${BASE}/targets`, { method: 'POST', body: input });
}

export function updateTarget(id: string, input: UpdateTargetInput): Promise<Target> {
  return http(`${BASE}/targets/${enc(id)}`, { method: 'PATCH', body: input });
}

export function deleteTarget(id: string): Promise<void> {
  return http(`${BASE}/targets/${enc(id)}`, { method: 'DELETE' });
}

/** CSV/XLSX of `year, region_code, indicator, target_value[, name, unit, direction, note]`; dry run first. */
export function importTargets(
  file: File,
  opts: { dryRun: boolean; mode: 'valid-rows' | 'all-or-nothing' },
): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file);
  return http(`${BASE}/targets/import`, { method: 'POST', body: form, query: opts });
}

/** Same-origin link to the monthly air bulletin PDF (generated on demand). */
export function bulletinPdfUrl(month: string, regionCode?: string): string {
  return buildUrl(`${BASE}/bulletins/air-monthly`, { month, regionCode });
}

export function bulletinTablesUrl(month: string, regionCode?: string): string {
  return buildUrl(`${BASE}/bulletins/air-monthly/tables`, { month, regionCode });
}

/** Same-origin link to the bulletin as an editable Word document (DOCX), for the office to edit before release. */
export function bulletinDocxUrl(month: string, regionCode?: string): string {
  return buildUrl(`${BASE}/bulletins/air-monthly/docx`, { month, regionCode });
}

/** Queues a bulletin generation (202); the job is then polled by id. */
export function createBulletinJob(input: { month: string; regionCode?: string }): Promise<Job> {
  return http(`${BASE}/jobs`, { method: 'POST', body: { kind: 'air-bulletin', ...input } });
}

export function fetchJob(id: string): Promise<Job> {
  return http(`${BASE}/jobs/${enc(id)}`);
}

export function jobFileUrl(id: string): string {
  return `${BASE}/jobs/${enc(id)}/file`;
}

export function fetchApiKeys(): Promise<List<ApiKey>> {
  return http(`${BASE}/api-keys`);
}

/** The answer carries the full key once; only its SHA-256 is stored. */
export function createApiKey(input: { name: string; rateLimit: number }): Promise<ApiKey & { key: string }> {
  return http(`${BASE}/api-keys`, { method: 'POST', body: input });
}

export function updateApiKey(
  id: string,
  input: { isActive?: boolean; name?: string; rateLimit?: number },
): Promise<ApiKey> {
  return http(`${BASE}/api-keys/${enc(id)}`, { method: 'PATCH', body: input });
}

export function deleteApiKey(id: string): Promise<void> {
  return http(`${BASE}/api-keys/${enc(id)}`, { method: 'DELETE' });
}

/** The province and its cities (public overview), for region pickers. */
export function fetchRegions(): Promise<PublicOverview> {
  return http('/api/v1/public/overview');
}

/** Open alerts (monitoring's API): only the count is read, so one row is asked for. */
export async function fetchOpenAlertCount(): Promise<number> {
  const page = await http<List<unknown>>('/api/v1/alerts', { query: { status: 'open', page: 1, pageSize: 1 } });
  return page.total;
}
