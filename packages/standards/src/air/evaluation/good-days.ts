import { ratio, roundHalfEven, toFixedExact, type Rational } from '../../exact';

export interface GoodDayRatio {
  goodDays: number;
  validDays: number;
  /** Exact percentage, null with no valid day. */
  percent: Rational | null;
  /** Percentage rounded half to even to one decimal, e.g. "94.6"; '' with no valid day. */
  rounded: string;
}

/**
 * Good-day ratio (优良天数比例): days with daily AQI ≤ 100 ÷ valid days × 100 % (reference §3.4).
 * @param dailyAqi one entry per day; null = no valid daily AQI (the day is not counted)
 */
export function goodDayRatio(dailyAqi: readonly (number | null)[]): GoodDayRatio {
  const valid = dailyAqi.filter((a): a is number => a !== null);
  const good = valid.filter((a) => a <= 100).length;
  if (valid.length === 0) return { goodDays: 0, validDays: 0, percent: null, rounded: '' };
  const percent = ratio(BigInt(good) * 100n, BigInt(valid.length));
  return { goodDays: good, validDays: valid.length, percent, rounded: toFixedExact(roundHalfEven(percent, 1), 1) };
}
