import type {
  PublicDecision,
  PublicInspectionPlanListSchema,
  PublicOverviewSchema,
  PublicRectification,
} from '@ecocloud/contracts';
import type { z } from 'zod';
import { http } from '../../lib/http';
import type { AirDayView, AirRanking, AqiCalendarData, AqiNow, HourlyAqi, SectionClass } from '../assessment/shared';

// The public portal's calls: no session, no CSRF (all GET), cached by the server for 10–30 s.
const BASE = '/api/v1/public';
const enc = encodeURIComponent;
type List<T> = { items: T[]; total: number };
export type PublicOverview = z.infer<typeof PublicOverviewSchema>;

export function fetchOverview(): Promise<PublicOverview> {
  return http(`${BASE}/overview`);
}

/** Every city's and station's latest hourly AQI; cities carry their advice, stations refer to `advice` by level. */
export function fetchPublicAirNow(): Promise<AqiNow> {
  return http(`${BASE}/air/now`);
}

export function fetchStationLast24h(code: string): Promise<List<HourlyAqi>> {
  return http(`${BASE}/air/stations/${enc(code)}/last-24h`);
}

export function fetchCityLast30Days(regionCode: string): Promise<List<AirDayView>> {
  return http(`${BASE}/air/cities/${enc(regionCode)}/last-30-days`);
}

export function fetchCityCalendar(regionCode: string, year: number): Promise<AqiCalendarData> {
  return http(`${BASE}/air/cities/${enc(regionCode)}/calendar`, { query: { year } });
}

export function fetchLatestRanking(): Promise<AirRanking> {
  return http(`${BASE}/air/ranking/latest-month`);
}

export function fetchPublicSections(): Promise<List<SectionClass>> {
  return http(`${BASE}/water/sections`);
}

/** Published random-inspection results (双随机抽查结果公开). */
export function fetchPublicInspectionPlans(): Promise<z.infer<typeof PublicInspectionPlanListSchema>> {
  return http(`${BASE}/enforcement/inspection-plans`);
}

/** Published penalty decisions (行政处罚决定公开), searched by name, credit code or number. */
export function fetchPublicDecisions(query: {
  q?: string;
  page: number;
  pageSize: number;
}): Promise<List<PublicDecision>> {
  return http(`${BASE}/enforcement/decisions`, { query });
}

/** The rectification progress the department publishes (batches and their public problems). */
export function fetchPublicRectification(): Promise<PublicRectification> {
  return http(`${BASE}/rectification`);
}
