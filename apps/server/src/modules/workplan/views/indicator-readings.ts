import type { Indicator } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { findMetric, type MetricForecast } from '../../../platform/metrics/metric-registry';
import type * as repo from '../shared/workplan.repository';
import type { PlanStructure } from './plan-structure';

/** An indicator's latest value, with the metric's forecast when it is live and publishes one. */
export type Reading = NonNullable<Indicator['latest']> & { forecast?: MetricForecast['status'] | undefined };

/**
 * Memo of live metric reads for one request: two indicators on the same metric, region and year
 * read it once. A request builds one (or passes its own to share it across several views).
 */
export type MetricCache = Map<string, Promise<Reading>>;

/** A live indicator's reading from the metric registry; "no data" when no module publishes the metric yet. */
async function readLive(deps: AppDeps, metricKey: string, regionCode: string, year: number): Promise<Reading> {
  const metric = findMetric(metricKey);
  if (!metric) return { value: null, asOf: null, note: 'no data: metric not published yet' };
  try {
    const m = await metric.read(deps, { regionCode, year, asOf: deps.clock.now() });
    return {
      value: m.value,
      asOf: m.asOf,
      note: m.note ?? (m.value === null ? 'no data' : null),
      forecast: m.forecast?.status,
    };
  } catch {
    return { value: null, asOf: null, note: 'no data: metric read failed' };
  }
}

/** A manual indicator's latest value: the newest report (not returned) that gives one. */
function latestManual(r: repo.IndicatorRow, reports: readonly repo.ReportListRow[]): Reading {
  for (let i = reports.length - 1; i >= 0; i--) {
    const rep = reports[i]!;
    if (rep.review_state === 'returned') continue;
    const v = (JSON.parse(rep.values_json) as { indicatorId: string; value: number }[]).find(
      (x) => x.indicatorId === r.id,
    );
    if (v) return { value: v.value, asOf: rep.submitted_at, note: rep.unit_name };
  }
  return { value: null, asOf: null, note: 'no data' };
}

/**
 * The readings of the structure's indicators, by indicator id: manual ones from the reports, live
 * ones from the metric registry, all live metrics read in parallel and each distinct one once.
 */
export async function readIndicators(
  deps: AppDeps,
  s: PlanStructure,
  cache: MetricCache = new Map(),
): Promise<Map<string, Reading>> {
  const live = (r: repo.IndicatorRow): Promise<Reading> => {
    if (!r.metric_key) return Promise.resolve({ value: null, asOf: null, note: 'no data: metric not published yet' });
    const params = JSON.parse(r.metric_params_json) as Record<string, string>;
    const regionCode = params.regionCode ?? s.planRegionCode;
    const key = JSON.stringify([r.metric_key, regionCode, s.plan.year]);
    let reading = cache.get(key);
    if (!reading) {
      reading = readLive(deps, r.metric_key, regionCode, s.plan.year);
      cache.set(key, reading);
    }
    return reading;
  };
  const readings = await Promise.all(
    s.indicators.map(async (r) => [r.id, r.source === 'live' ? await live(r) : latestManual(r, s.reports)] as const),
  );
  return new Map(readings);
}
