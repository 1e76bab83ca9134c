import { addCalendarDays, addWorkingDays, nextWorkingDay, type WorkingCalendar } from '../../../platform/deadlines';
import type { ClockUnit } from './case-clock-rules';

/**
 * How a period of the case clocks ends. Dates are Shanghai calendar dates `YYYY-MM-DD`.
 *
 * A period "within N of X" starts the day after X (民法典 §201): N calendar days end on X + N, N
 * working days on the N-th working day after X (make-up days count, holidays do not), N months on
 * the day of the N-th month after X that has X's day number, or that month's last day when it has
 * none (民法典 §202: 到期月的对应日; 01-31 + 1 month → 02-28).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `date` plus `months` (≥ 0) by the corresponding-day rule. */
export function addMonths(date: string, months: number): string {
  const m = ISO_DATE.exec(date);
  if (!m || !Number.isInteger(months) || months < 0) throw new RangeError(`addMonths(${date}, ${months})`);
  addCalendarDays(date, 0); // rejects 2026-02-30
  const index = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(m[3]), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The last day of `amount` units after `from`, before any rest-day roll. */
export function periodEnd(from: string, amount: number, unit: ClockUnit, calendar: WorkingCalendar): string {
  switch (unit) {
    case 'calendar_day':
      return addCalendarDays(from, amount);
    case 'working_day':
      return addWorkingDays(from, amount, calendar);
    case 'month':
      return addMonths(from, amount);
  }
}

/** The due date moved off a rest day when the roll applies; `rolled` says whether it moved. */
export function rollOffRestDay(
  due: string,
  calendar: WorkingCalendar,
  roll: boolean,
): { dueDate: string; rolled: boolean } {
  if (!roll) return { dueDate: due, rolled: false };
  const moved = nextWorkingDay(due, calendar);
  return { dueDate: moved, rolled: moved !== due };
}
