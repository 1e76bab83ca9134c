import type { PeriodKind, PeriodQuery } from './types';

/**
 * Calendar helpers for the period selectors. A "day" is a natural day in Asia/Shanghai (UTC+8, no
 * daylight saving), whatever the browser's zone; dates are YYYY-MM-DD and months YYYY-MM.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's date in Beijing time. */
export function shanghaiToday(nowMs: number = Date.now()): string {
  return new Date(nowMs + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The month `delta` months from `month` (negative goes back), across years. */
function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last complete month before `today` (what bulletins and the monthly ranking report). */
export function lastCompleteMonth(today: string): string {
  return addMonths(today.slice(0, 7), -1);
}

/** The last complete day before `today` (YYYY-MM-DD): where year to date ends. */
export function lastCompleteDay(today: string): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** `count` months ending with `last`, oldest first (13 gives a year plus the same month a year ago). */
export function monthsEnding(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(last, i - count + 1));
}

/** The period query for a selector state: month/quarter/ytd/year anchor on `date`; custom sends from/to. */
export function periodQuery(kind: PeriodKind, anchor: string, range?: [string, string]): PeriodQuery {
  if (kind === 'custom') return range ? { period: 'custom', from: range[0], to: range[1] } : { period: 'custom' };
  return { period: kind, date: anchor };
}

/** The first day of a month, as the `date` anchor of a month period. */
export function monthAnchor(month: string): string {
  return `${month}-01`;
}
