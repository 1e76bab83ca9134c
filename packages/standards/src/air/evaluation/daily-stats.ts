import { divHalfEven, MILLI, roundMean, toMilli } from './int-math';
import { isDailyMeanValid, isO3WindowValid, MIN_O3_WINDOWS_PER_DAY } from './validity';

/** The daily figures of one station (or city) and one natural day, in reported units. */
export interface DailyValue {
  /** Rounded per GB/T 8170 (integer µg/m³; CO 0.1 mg/m³); null when the statistic is invalid. */
  value: number | null;
  /** Hours (or, for the O3 8-h maximum, windows) that were valid. */
  count: number;
}

/**
 * 24-hour mean of one day (GB 3095 表4: ≥ 20 hourly values), rounded half to even.
 * @param hours the day's hourly values, index = start hour 0-23 in UTC+8; NaN = missing
 * @param decimals reported places (0 for µg/m³ pollutants, 1 for CO)
 */
export function dailyMean(hours: ArrayLike<number>, decimals: number, from = 0): DailyValue {
  let sum = 0;
  let count = 0;
  for (let h = from; h < from + 24; h++) {
    const m = toMilli(hours[h] as number);
    if (m >= 0) {
      sum += m;
      count++;
    }
  }
  return { value: isDailyMeanValid(count) ? roundMean(sum, count, decimals) : null, count };
}

/**
 * Daily maximum 1-hour value (used for O3 in the HJ 633-2012 daily AQI), rounded half to even to an
 * integer. Valid with ≥ 20 hourly values: HJ 663 gives no separate minimum, so the platform uses the
 * daily one (⚠ platform choice).
 */
export function dailyMax1h(hours: ArrayLike<number>, from = 0): DailyValue {
  let max = -1;
  let count = 0;
  for (let h = from; h < from + 24; h++) {
    const m = toMilli(hours[h] as number);
    if (m >= 0) {
      count++;
      if (m > max) max = m;
    }
  }
  return { value: isDailyMeanValid(count) ? divHalfEven(max, MILLI) : null, count };
}

/**
 * O3 daily maximum 8-hour mean (HJ 663 §6.1.2): the 17 windows ending 8:00…24:00 of the day, each
 * valid with ≥ 6 hours; the day is valid with ≥ 14 valid windows, or fewer if the maximum exceeds 160.
 * `count` is the number of valid windows.
 */
export function o3DailyMax8h(hours: ArrayLike<number>, from = 0, limit = 160): DailyValue {
  let bestSum = -1;
  let bestCount = 1;
  let windows = 0;
  for (let end = 8; end <= 24; end++) {
    let sum = 0;
    let count = 0;
    for (let h = from + end - 8; h < from + end; h++) {
      const m = toMilli(hours[h] as number);
      if (m >= 0) {
        sum += m;
        count++;
      }
    }
    if (!isO3WindowValid(count)) continue;
    windows++;
    // Compare sum/count fractions by cross-multiplying: no division decides the maximum.
    if (bestSum < 0 || sum * bestCount > bestSum * count) {
      bestSum = sum;
      bestCount = count;
    }
  }
  if (bestSum < 0) return { value: null, count: 0 };
  const max = roundMean(bestSum, bestCount, 0);
  // The "exceeds the limit" escape compares the exact mean, not the rounded one.
  const exceeds = bestSum > limit * MILLI * bestCount;
  return { value: windows >= MIN_O3_WINDOWS_PER_DAY || exceeds ? max : null, count: windows };
}
