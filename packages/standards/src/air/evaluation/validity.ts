/**
 * Data-validity minimums: GB 3095-2026 表4 (✅; GB 3095-2012 表4 had the same thresholds ⚠) and
 * HJ 663 §6.1.2 for the O3 daily maximum 8-hour mean (☑/⚠, reference §3.1).
 */

/** A 24-hour mean needs at least 20 hourly values (SO2, NO2, CO, PM10, PM2.5). */
export const MIN_HOURS_PER_DAY = 20;
/** An 8-hour O3 window needs at least 6 hourly values. */
export const MIN_HOURS_PER_O3_WINDOW = 6;
/** The O3 daily maximum 8-hour mean needs at least 14 valid 8-hour windows (of the 17 ending 8:00-24:00)… */
export const MIN_O3_WINDOWS_PER_DAY = 14;
/** …unless the maximum found exceeds the class-2 limit (µg/m³), which then stands (HJ 663 §6.1.2). */
export const O3_8H_CLASS2_LIMIT = 160;
export const MIN_DAYS_PER_YEAR = 324;

export const isDailyMeanValid = (hourCount: number): boolean => hourCount >= MIN_HOURS_PER_DAY;
export const isO3WindowValid = (hourCount: number): boolean => hourCount >= MIN_HOURS_PER_O3_WINDOW;

/**
 * Whether a day's O3 maximum 8-hour mean is valid: ≥ 14 valid windows, or fewer but above the limit.
 * @param max the maximum over the valid windows in µg/m³ (null when none is valid)
 */
export function isO3DailyMaxValid(validWindows: number, max: number | null, limit = O3_8H_CLASS2_LIMIT): boolean {
  if (max === null) return false;
  return validWindows >= MIN_O3_WINDOWS_PER_DAY || max > limit;
}

/** Minimum daily values for a valid month: 27, February 25 (GB 3095-2026 表4). `month` is 1-12. */
export const minDaysForMonth = (month: number): number => (month === 2 ? 25 : 27);

export const isMonthValid = (dailyCount: number, month: number): boolean => dailyCount >= minDaysForMonth(month);

export interface AnnualValidity {
  isValid: boolean;
  total: number;
  /** Months (1-12) below their minimum. */
  shortMonths: number[];
}

/**
 * Annual statistic validity: ≥ 324 daily values and every month at its minimum (GB 3095-2026 表4).
 * @param dailyCountsByMonth twelve counts, January first
 * @param requireMonthly set false to check only the 324-day total
 */
export function annualValidity(dailyCountsByMonth: readonly number[], requireMonthly = true): AnnualValidity {
  if (dailyCountsByMonth.length !== 12) throw new RangeError('expected 12 monthly counts');
  const total = dailyCountsByMonth.reduce((a, b) => a + b, 0);
  const shortMonths = dailyCountsByMonth.flatMap((c, i) => (isMonthValid(c, i + 1) ? [] : [i + 1]));
  return { isValid: total >= MIN_DAYS_PER_YEAR && (!requireMonthly || shortMonths.length === 0), total, shortMonths };
}
