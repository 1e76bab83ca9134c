import { AppError, type MetricPreview } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import type { Actor } from '../../../http/actor';
import { regionLabels } from '../../../platform/dictionaries/dictionary-reads';
import { findMetric, type MetricDefinition, type MetricForecast } from '../../../platform/metrics/metric-registry';
import { assertRegionInScope } from '../../../platform/scope/region-scope';
import { shanghaiDate } from '../../../platform/time-zone';
import { withGroup } from './metric-groups';
import { shanghaiMonthEnd, trajectoryPoints } from './metric-months';

/** At most this many reads per preview: a metric read may scan a module's ledger, so the work is bounded. */
const MAX_PREVIEW_READS = 13;

type Read = { value: number | null; asOf: string | null; forecast: MetricForecast | null; note: string | null };

/** One read of a metric; a failing module answers "no data" (as a bound indicator shows it), not a 500. */
async function readOnce(deps: AppDeps, metric: MetricDefinition, regionCode: string, year: number, asOf: Date) {
  try {
    const r = await metric.read(deps, { regionCode, year, asOf });
    return {
      value: r.value,
      asOf: r.asOf,
      forecast: r.forecast ?? null,
      note: r.note ?? (r.value === null ? 'no data' : null),
    } satisfies Read;
  } catch {
    return { value: null, asOf: null, forecast: null, note: 'no data: metric read failed' } satisfies Read;
  }
}

/** The region asked for (default: the caller's own), known to the region dictionary and in the caller's scope. */
async function regionOf(deps: AppDeps, actor: Actor, asked: string | undefined): Promise<string> {
  const regionCode = asked ?? actor.regionCode;
  assertRegionInScope(actor, regionCode);
  if (!(await regionLabels(deps.db)).has(regionCode))
    throw new AppError('REGION_NOT_FOUND', `region ${regionCode} not found in your scope`);
  return regionCode;
}

/**
 * What an official sees while binding an indicator to a metric: the reading a live indicator on it
 * would show now (the same read as the item's view: the plan year, as of now), and its trajectory over
 * the year, one point per month end up to today (the current month's point is that same reading), plus
 * the previous year's closing value while the read budget allows (a past year's twelve month ends use it up).
 */
export async function previewMetric(
  deps: AppDeps,
  actor: Actor,
  key: string,
  query: { regionCode?: string | undefined; year?: number | undefined },
): Promise<MetricPreview> {
  const metric = findMetric(key);
  if (!metric) throw new AppError('METRIC_NOT_FOUND', `no module publishes the metric ${key}`);
  const regionCode = await regionOf(deps, actor, query.regionCode);
  const now = deps.clock.now();
  const year = query.year ?? Number(shanghaiDate(now.toISOString()).slice(0, 4));

  const points = trajectoryPoints(year, now);
  const current = readOnce(deps, metric, regionCode, year, now);
  const monthReads = points.map((p) => (p.isNow ? current : readOnce(deps, metric, regionCode, year, p.asOf)));
  const readsSoFar = 1 + points.filter((p) => !p.isNow).length;
  const lastYearEnd = shanghaiMonthEnd(year - 1, 12);
  const withBaseline = readsSoFar < MAX_PREVIEW_READS && lastYearEnd <= now;
  const baseline = withBaseline ? readOnce(deps, metric, regionCode, year - 1, lastYearEnd) : null;

  const [cur, months, base] = await Promise.all([current, Promise.all(monthReads), baseline]);
  return {
    metric: withGroup(metric),
    regionCode,
    year,
    current: cur,
    trajectory: points.map((p, i) => ({ month: p.month, asOf: p.asOf.toISOString(), value: months[i]!.value })),
    baseline: base ? { asOf: lastYearEnd.toISOString(), value: base.value } : null,
  };
}
