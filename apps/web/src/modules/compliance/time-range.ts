import type { Range } from './api';

/** Days and months are Beijing's (Asia/Shanghai, UTC+8, no daylight saving), whatever the browser's zone. */
const SHANGHAI_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The Beijing calendar day of an instant, YYYY-MM-DD. */
export function shanghaiDay(ms: number): string {
  return new Date(ms + SHANGHAI_MS).toISOString().slice(0, 10);
}

/** Beijing midnight starting `day` (YYYY-MM-DD), as a UTC ISO instant. */
function midnight(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000+08:00`)).toISOString();
}

/** [first day 00:00, the day after the last day 00:00) in Beijing time. */
export function dayRange(firstDay: string, lastDay: string): Range {
  return { from: midnight(firstDay), to: new Date(Date.parse(midnight(lastDay)) + DAY_MS).toISOString() };
}

/** The last `days` Beijing days up to and including today. */
export function lastDays(days: number, now = Date.now()): Range {
  return dayRange(shanghaiDay(now - (days - 1) * DAY_MS), shanghaiDay(now));
}

/** A Beijing calendar month (YYYY-MM) as [its first midnight, the next month's). */
export function monthRange(month: string): Range {
  const [year = 0, m = 1] = month.split('-').map(Number);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return { from: midnight(`${month}-01`), to: midnight(`${next}-01`) };
}

/** This Beijing month, YYYY-MM. */
export function currentMonth(now = Date.now()): string {
  return shanghaiDay(now).slice(0, 7);
}

/** The last day the range covers (its end is exclusive), YYYY-MM-DD. */
export function lastDayOf(range: Range): string {
  return shanghaiDay(Date.parse(range.to) - 1);
}

/** A picked wall-clock time (YYYY-MM-DDTHH:mm) read as Beijing time, whatever the browser's zone. */
export function beijingInstant(wallClock: string): string {
  return new Date(Date.parse(`${wallClock}:00+08:00`)).toISOString();
}
