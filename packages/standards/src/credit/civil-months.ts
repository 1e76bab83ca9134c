/**
 * Periods counted in months as the Civil Code counts them (民法典 arts. 200–204), on Shanghai calendar days
 * written `YYYY-MM-DD`:
 * - art. 201: the day of the event is not counted; the period starts on the next day;
 * - art. 202: a period of N months ends on the day of the month N months on that corresponds to the event's
 *   day (对应日); when that month has no such day (31 January + 1 month), on that month's last day.
 * So a 3-month period from a decision of 2026-04-01 runs 2026-04-02 … 2026-07-01 (its last day).
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day `YYYY-MM-DD` (2026-02-30 is not one). */
export function isCalendarDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** Days of month `month` (1–12) of `year`, leap years by the Gregorian rule. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function parts(day: string): [number, number, number] {
  if (!isCalendarDay(day)) throw new RangeError(`not a calendar day YYYY-MM-DD: ${day}`);
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/**
 * The last day of a period of `months` months counted from the event on `eventDay` (not itself counted):
 * the corresponding day `months` months on, or that month's last day when it has none (art. 202).
 */
export function civilMonthsEnd(eventDay: string, months: number): string {
  if (!Number.isInteger(months) || months < 0) throw new RangeError(`months must be a whole number ≥ 0: ${months}`);
  const [y, m, d] = parts(eventDay);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** The calendar day after `day`. */
export function nextCalendarDay(day: string): string {
  const [y, m, d] = parts(day);
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
