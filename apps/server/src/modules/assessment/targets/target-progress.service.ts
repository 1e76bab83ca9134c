import type { AppDeps } from '../../../app-deps';
import { shanghaiDate } from '../../../platform/time-zone';
import { addDays, previousYear } from '../periods';
import { airTally, levelOf, waterTally, type Tally } from './indicator-series';
import { findLiveIndicator, type LiveIndicator } from './indicators';
import { expectedRest, forecastTarget, type Forecast } from './target-forecast';

export type Progress = Forecast & { asOf: string; daysElapsed: number; daysInYear: number; reported: number | null };

const EARLIER_YEARS = 3;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000) + 1;

/** Mean level of the earlier years' same ranges (years without data are left out). */
async function earlier(
  tally: (from: string, to: string) => Promise<Tally>,
  kind: LiveIndicator['kind'],
  ranges: [string, string][],
): Promise<number | null> {
  const levels: number[] = [];
  for (const [from, to] of ranges) {
    const l = levelOf(kind, await tally(from, to));
    if (l !== null) levels.push(l);
  }
  return levels.length ? levels.reduce((a, b) => a + b, 0) / levels.length : null;
}

const shiftYears = (date: string, n: number) => {
  let d = date;
  for (let i = 0; i < n; i++) d = previousYear(d);
  return d;
};

/**
 * Progress of a live indicator for a region and year as of an instant: data through yesterday
 * (air, days) or through the current month (water, section-months), what the rest of the year must
 * bring, and the projection from the same part of earlier years scaled by this year's trend.
 */
export async function indicatorProgress(
  deps: AppDeps,
  key: string,
  regionCode: string,
  year: number,
  target: number,
  asOf: Date,
): Promise<Progress | null> {
  const ind = findLiveIndicator(key);
  if (!ind) return null;
  const today = shanghaiDate(asOf.toISOString());
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const through = today > last ? last : addDays(today, -1);
  const daysInYear = daysBetween(first, last);
  const isAir = key.startsWith('air.');
  const tally = isAir
    ? (from: string, to: string) => airTally(deps, key, regionCode, from, to)
    : (from: string, to: string) => waterTally(deps, key, regionCode, from.slice(0, 7), to.slice(0, 7));
  const throughUnit = isAir ? through : today > last ? last : today;
  const now = through < first ? { sum: 0, count: 0, reported: null } : await tally(first, throughUnit);
  const daysElapsed = Math.max(0, Math.min(daysInYear, through < first ? 0 : daysBetween(first, through)));
  let remaining: number;
  if (isAir) remaining = daysInYear - daysElapsed;
  else {
    const monthsLeft = today > last ? 0 : 12 - Number(throughUnit.slice(5, 7));
    remaining = monthsLeft * ((now as { sections?: number }).sections ?? 0);
  }
  const restFrom = isAir
    ? addDays(through, 1)
    : `${year}-${String(Number(throughUnit.slice(5, 7)) + 1).padStart(2, '0')}-01`;
  const ytdRanges: [string, string][] = [];
  const restRanges: [string, string][] = [];
  for (let k = 1; k <= EARLIER_YEARS; k++) {
    ytdRanges.push([shiftYears(first, k), shiftYears(throughUnit, k)]);
    if (remaining > 0) restRanges.push([shiftYears(restFrom, k), shiftYears(last, k)]);
  }
  const expected = expectedRest({
    kind: ind.kind,
    thisYtd: levelOf(ind.kind, now),
    earlierYtd: await earlier(tally, ind.kind, ytdRanges),
    earlierRest: remaining > 0 ? await earlier(tally, ind.kind, restRanges) : null,
  });
  const f = forecastTarget({
    kind: ind.kind,
    direction: ind.direction,
    target,
    sum: now.sum,
    count: now.count,
    remaining,
    expectedRest: expected,
  });
  const reported = 'reported' in now && now.reported !== null ? now.reported : f.actual;
  return { ...f, asOf: through, daysElapsed, daysInYear, reported };
}
