import { roundHalfEven, toNumber } from '../../exact';
import { roundMean, toMilli } from './int-math';
import { percentileOfSorted } from './percentile';

/** Daily series of one station or city over a period; NaN marks an invalid day. */
export interface DailySeries {
  so2: ArrayLike<number>;
  no2: ArrayLike<number>;
  co: ArrayLike<number>;
  pm10: ArrayLike<number>;
  pm2_5: ArrayLike<number>;
  /** O3 daily maximum 8-hour mean. */
  o3_8h: ArrayLike<number>;
}

/** Period statistics in reported units (integer µg/m³; CO 0.1 mg/m³); null when no valid day. */
export interface PeriodStats {
  so2: number | null;
  no2: number | null;
  pm10: number | null;
  pm2_5: number | null;
  co: number | null;
  /** CO 24-hour mean, 95th percentile (composite-index statistic). */
  co_p95: number | null;
  /** O3 daily maximum 8-hour mean, 90th percentile (composite-index statistic). */
  o3_8h_p90: number | null;
  /** Annual compliance percentiles (HJ 663 ⚠): SO2/NO2 98th, PM10/PM2.5 95th. */
  so2_p98: number | null;
  no2_p98: number | null;
  pm10_p95: number | null;
  pm2_5_p95: number | null;
  /** Valid days per series. */
  counts: Record<keyof DailySeries, number>;
}

function validSorted(series: ArrayLike<number>): Float64Array {
  return Float64Array.from(series)
    .filter((v) => !Number.isNaN(v))
    .sort();
}

/** Arithmetic mean of the valid daily values, rounded half to even to `decimals` (exact). */
export function periodMean(series: ArrayLike<number>, decimals: number): number | null {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < series.length; i++) {
    const m = toMilli(series[i] as number);
    if (m >= 0) {
      sum += m;
      n++;
    }
  }
  return n === 0 ? null : roundMean(sum, n, decimals);
}

/** HJ 663 percentile of the valid daily values, rounded half to even to `decimals`. */
export function periodPercentile(series: ArrayLike<number>, p: number, decimals: number): number | null {
  const r = percentileOfSorted(validSorted(series), p);
  return r === null ? null : toNumber(roundHalfEven(r, decimals));
}

/**
 * Period statistics per pollutant (HJ 663 §5-§6, reference §3.3): means, CO 95th, O3 8-h 90th and the
 * 98th/95th compliance percentiles, from daily values that are already rounded as reported.
 */
export function periodStats(s: DailySeries): PeriodStats {
  const count = (a: ArrayLike<number>): number =>
    Array.prototype.filter.call(a, (v: number) => !Number.isNaN(v)).length;
  return {
    so2: periodMean(s.so2, 0),
    no2: periodMean(s.no2, 0),
    pm10: periodMean(s.pm10, 0),
    pm2_5: periodMean(s.pm2_5, 0),
    co: periodMean(s.co, 1),
    co_p95: periodPercentile(s.co, 95, 1),
    o3_8h_p90: periodPercentile(s.o3_8h, 90, 0),
    so2_p98: periodPercentile(s.so2, 98, 0),
    no2_p98: periodPercentile(s.no2, 98, 0),
    pm10_p95: periodPercentile(s.pm10, 95, 0),
    pm2_5_p95: periodPercentile(s.pm2_5, 95, 0),
    counts: {
      so2: count(s.so2),
      no2: count(s.no2),
      co: count(s.co),
      pm10: count(s.pm10),
      pm2_5: count(s.pm2_5),
      o3_8h: count(s.o3_8h),
    },
  };
}
