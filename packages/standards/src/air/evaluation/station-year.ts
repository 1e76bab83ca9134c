import type { AqiStandardId } from '../../registry';
import { INDICATOR_SETS } from '../aqi';
import type { Indicator, Pollutant } from '../aqi-tables';
import { reportedIaqiTable, type ReportedIaqiTable } from '../iaqi-fast';
import { divHalfEven, MILLI, toMilli } from './int-math';
import { MIN_HOURS_PER_DAY, MIN_HOURS_PER_O3_WINDOW, MIN_O3_WINDOWS_PER_DAY, O3_8H_CLASS2_LIMIT } from './validity';

/**
 * The evaluation hot path over typed arrays: the same figures as `evaluateDay` (HJ 663 daily
 * statistics, GB 3095 表4 validity, HJ 633 daily AQI) in one pass, without per-hour or per-day
 * objects. Hourly values are integer milli-units (−1 = missing); daily values are integers in the
 * reporting unit (µg/m³; CO in 0.1 mg/m³), so the daily AQI is a table lookup.
 */

/** Hourly series of one station in milli-units (−1 = missing); index = hour since day 0, 0:00 UTC+8. */
export type MilliSeries = Record<Pollutant, Int32Array>;

/** Convert an hourly series (NaN = missing) to milli-units, reusing `out` when given. */
export function toMilliSeries(src: ArrayLike<number>, out: Int32Array = new Int32Array(src.length)): Int32Array {
  for (let i = 0; i < src.length; i++) out[i] = toMilli(src[i] as number);
  return out;
}

/** Keys of the daily table: the seven daily statistics of `DayConcentrations`. */
export type DailyKey = 'so2' | 'no2' | 'co' | 'pm10' | 'pm2_5' | 'o3_1h' | 'o3_8h';
export const DAILY_KEYS: readonly DailyKey[] = ['so2', 'no2', 'co', 'pm10', 'pm2_5', 'o3_1h', 'o3_8h'];

/** Daily values of one station: integers in the reporting unit (CO: 0.1 mg/m³), −1 = invalid. */
export type DailyTable = Record<DailyKey, Int32Array> & {
  /** Daily AQI of the version given, −1 = NA. */
  aqi: Int16Array;
};

export function createDailyTable(days: number): DailyTable {
  const t = Object.fromEntries(DAILY_KEYS.map((k) => [k, new Int32Array(days)])) as Record<DailyKey, Int32Array>;
  return { ...t, aqi: new Int16Array(days) };
}

/** 24-hour mean in units of `unitMilli` milli-units (1000 → µg/m³, 100 → 0.1 mg/m³); −1 below 20 hours. */
function dayMean(h: Int32Array, from: number, unitMilli: number): number {
  let sum = 0;
  let n = 0;
  for (let i = from; i < from + 24; i++) {
    const m = h[i] as number;
    if (m >= 0) {
      sum += m;
      n++;
    }
  }
  return n >= MIN_HOURS_PER_DAY ? divHalfEven(sum, n * unitMilli) : -1;
}

function dayMax(h: Int32Array, from: number): number {
  let max = -1;
  let n = 0;
  for (let i = from; i < from + 24; i++) {
    const m = h[i] as number;
    if (m >= 0) {
      n++;
      if (m > max) max = m;
    }
  }
  return n >= MIN_HOURS_PER_DAY ? divHalfEven(max, MILLI) : -1;
}

/** O3 daily maximum 8-hour mean over the windows ending 8:00…24:00 (HJ 663 §6.1.2), by running sums. */
function dayO3Max8h(h: Int32Array, from: number): number {
  let bestSum = -1;
  let bestCount = 1;
  let windows = 0;
  let sum = 0;
  let count = 0;
  for (let i = from; i < from + 24; i++) {
    const m = h[i] as number;
    if (m >= 0) {
      sum += m;
      count++;
    }
    if (i >= from + 8) {
      const out = h[i - 8] as number;
      if (out >= 0) {
        sum -= out;
        count--;
      }
    }
    if (i < from + 7 || count < MIN_HOURS_PER_O3_WINDOW) continue;
    windows++;
    if (bestSum < 0 || sum * bestCount > bestSum * count) {
      bestSum = sum;
      bestCount = count;
    }
  }
  if (bestSum < 0) return -1;
  const exceeds = bestSum > O3_8H_CLASS2_LIMIT * MILLI * bestCount;
  return windows >= MIN_O3_WINDOWS_PER_DAY || exceeds ? divHalfEven(bestSum, bestCount * MILLI) : -1;
}

const DAILY_SOURCE: Record<Indicator, DailyKey | undefined> = {
  so2_24h: 'so2',
  no2_24h: 'no2',
  co_24h: 'co',
  pm10_24h: 'pm10',
  pm2_5_24h: 'pm2_5',
  o3_1h: 'o3_1h',
  o3_8h: 'o3_8h',
  so2_1h: undefined,
  no2_1h: undefined,
  co_1h: undefined,
  pm10_1h: undefined,
  pm2_5_1h: undefined,
};

interface AqiPlan {
  keys: DailyKey[];
  tables: ReportedIaqiTable[];
  is2026: boolean;
}
const PLANS = new Map<AqiStandardId, AqiPlan>();

function planOf(standard: AqiStandardId): AqiPlan {
  let plan = PLANS.get(standard);
  if (!plan) {
    const set = INDICATOR_SETS[standard].daily;
    plan = {
      keys: set.map((i) => DAILY_SOURCE[i] as DailyKey),
      tables: set.map((i) => reportedIaqiTable(i, standard)),
      is2026: standard === 'HJ633-2026',
    };
    PLANS.set(standard, plan);
  }
  return plan;
}

/** Daily AQI of day d from the table (HJ 633 daily set and missing-data rule, as computeAqi). */
function dayAqi(t: DailyTable, d: number, plan: AqiPlan): number {
  let max = -1;
  let missing = false;
  for (let j = 0; j < plan.keys.length; j++) {
    const u = t[plan.keys[j] as DailyKey][d] as number;
    if (u < 0) {
      missing = true;
      continue;
    }
    const lut = plan.tables[j] as ReportedIaqiTable;
    const v = u < lut.table.length ? (lut.table[u] as number) : lut.above;
    if (v > max) max = v;
  }
  if (!missing) return max;
  return plan.is2026 && max > 100 ? max : -1;
}

/**
 * Daily statistics and daily AQI of days 0…days−1 of one station into `out` (reused across stations).
 * @param standard the HJ 633 version of the daily AQI (one for the whole range)
 */
export function evaluateDaysMilli(hours: MilliSeries, days: number, standard: AqiStandardId, out: DailyTable): void {
  const plan = planOf(standard);
  for (let d = 0; d < days; d++) {
    const from = d * 24;
    out.so2[d] = dayMean(hours.so2, from, MILLI);
    out.no2[d] = dayMean(hours.no2, from, MILLI);
    out.co[d] = dayMean(hours.co, from, MILLI / 10);
    out.pm10[d] = dayMean(hours.pm10, from, MILLI);
    out.pm2_5[d] = dayMean(hours.pm2_5, from, MILLI);
    out.o3_1h[d] = dayMax(hours.o3, from);
    out.o3_8h[d] = dayO3Max8h(hours.o3, from);
    out.aqi[d] = dayAqi(out, d, plan);
  }
}
