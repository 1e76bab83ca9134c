import { divHalfEven } from './int-math';
import type { PeriodStats } from './period-stats';
import { percentileOfInts } from './select';
import type { DailyKey, DailyTable } from './station-year';

/** Period statistics of one station plus its good days (AQI ≤ 100) and days with a valid AQI. */
export interface StationPeriod {
  stats: PeriodStats;
  goodDays: number;
  aqiDays: number;
}

/**
 * Copies the valid values of t[key][from..to) into `buf` and returns how many there are.
 * `buf` is a scratch buffer at least `to − from` long, reused across stations.
 */
function gather(t: DailyTable, key: DailyKey, from: number, to: number, buf: Int32Array): number {
  const src = t[key];
  let n = 0;
  for (let d = from; d < to; d++) {
    const u = src[d] as number;
    if (u >= 0) buf[n++] = u;
  }
  return n;
}

/** Mean of the valid values in the reporting unit, rounded half to even; −1 with no valid day. */
function meanOf(buf: Int32Array, n: number): number {
  if (n === 0) return -1;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += buf[i] as number;
  return divHalfEven(sum, n);
}

const orNull = (u: number, scale = 1): number | null => (u < 0 ? null : u / scale);

/**
 * `periodStats` (HJ 663 means and percentiles) over days [from, to) of a daily table, plus the
 * good-day count — same numbers, computed with integer sums and a selection on `scratch`
 * instead of copies, sorts and fractions.
 * @param scratch an Int32Array of at least `to − from` entries, reused across calls
 */
export function stationPeriod(t: DailyTable, from: number, to: number, scratch: Int32Array): StationPeriod {
  if (scratch.length < to - from) throw new RangeError('scratch buffer shorter than the period');
  const mean = (key: DailyKey, scale = 1): { v: number | null; n: number } => {
    const n = gather(t, key, from, to, scratch);
    return { v: orNull(meanOf(scratch, n), scale), n };
  };
  // Each percentile re-gathers: selection reorders the buffer.
  const pct = (key: DailyKey, p: number, scale = 1): number | null =>
    orNull(percentileOfInts(scratch, gather(t, key, from, to, scratch), p), scale);
  const so2 = mean('so2');
  const no2 = mean('no2');
  const co = mean('co', 10);
  const pm10 = mean('pm10');
  const pm2_5 = mean('pm2_5');
  const o3Days = gather(t, 'o3_8h', from, to, scratch);
  const stats: PeriodStats = {
    so2: so2.v,
    no2: no2.v,
    pm10: pm10.v,
    pm2_5: pm2_5.v,
    co: co.v,
    co_p95: pct('co', 95, 10),
    o3_8h_p90: pct('o3_8h', 90),
    so2_p98: pct('so2', 98),
    no2_p98: pct('no2', 98),
    pm10_p95: pct('pm10', 95),
    pm2_5_p95: pct('pm2_5', 95),
    counts: { so2: so2.n, no2: no2.n, co: co.n, pm10: pm10.n, pm2_5: pm2_5.n, o3_8h: o3Days },
  };
  let goodDays = 0;
  let aqiDays = 0;
  for (let d = from; d < to; d++) {
    const a = t.aqi[d] as number;
    if (a < 0) continue;
    aqiDays++;
    if (a <= 100) goodDays++;
  }
  return { stats, goodDays, aqiDays };
}
