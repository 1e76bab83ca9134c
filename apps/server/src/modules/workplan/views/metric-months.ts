import { SHANGHAI_OFFSET_MS, shanghaiDate } from '../../../platform/time-zone';

/** One point of a metric's trajectory: the month and the instant it is read at. */
export type MonthPoint = { month: string; asOf: Date; isNow: boolean };

/** The last millisecond of a Shanghai month (month 1–12), as a UTC instant. */
export function shanghaiMonthEnd(year: number, month: number): Date {
  // Date.UTC rolls month 12 over into January of the next year.
  return new Date(Date.UTC(year, month, 1) - SHANGHAI_OFFSET_MS - 1);
}

/**
 * The instants a metric's trajectory over `year` is read at: the end of each month up to today in
 * Asia/Shanghai. The current month is not over, so its point is `now` (the reading a bound indicator
 * shows today); a past year has its twelve month ends and a year not yet begun has none.
 */
export function trajectoryPoints(year: number, now: Date): MonthPoint[] {
  const today = shanghaiDate(now.toISOString());
  const thisYear = Number(today.slice(0, 4));
  if (year > thisYear) return [];
  const months = year < thisYear ? 12 : Number(today.slice(5, 7));
  return Array.from({ length: months }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    const isNow = year === thisYear && i + 1 === months;
    return { month, asOf: isNow ? now : shanghaiMonthEnd(year, i + 1), isNow };
  });
}
