import type { DueState } from '@ecocloud/contracts';
import { SHANGHAI_OFFSET_MS } from '../time-zone';

/**
 * A working-day calendar: weekends are off, except make-up working days (调休, `workdays`);
 * weekdays are on, except public holidays (`holidays`). Dates are Asia/Shanghai calendar dates
 * written `YYYY-MM-DD`, so a deadline means "by the end of that day in China".
 */
export type WorkingCalendar = { holidays: ReadonlySet<string>; workdays: ReadonlySet<string> };

export const EMPTY_CALENDAR: WorkingCalendar = { holidays: new Set(), workdays: new Set() };

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a date YYYY-MM-DD: ${date}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`no such date: ${date}`);
  return ms / DAY_MS;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The Shanghai calendar date (UTC+8) containing the instant. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** `date` plus `n` calendar days (n may be negative). */
export function addCalendarDays(date: string, n: number): string {
  return fromDayNumber(toDayNumber(date) + n);
}

/** Whole calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function isWorkingDay(date: string, cal: WorkingCalendar): boolean {
  if (cal.workdays.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  const weekday = new Date(toDayNumber(date) * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The date itself when it is a working day, else the next working day (a due date falling on a holiday moves later). */
export function nextWorkingDay(date: string, cal: WorkingCalendar): string {
  let d = date;
  // A year never has 60 consecutive days off; the bound turns a corrupt calendar into an error, not a hang.
  for (let i = 0; i < 60; i++, d = addCalendarDays(d, 1)) if (isWorkingDay(d, cal)) return d;
  throw new RangeError(`no working day within 60 days of ${date}`);
}

/**
 * The date `n` working days after `date` (before it when n < 0). `date` itself is not counted:
 * a notice issued on a Friday with 1 working day to reply is due the next working day.
 * With n = 0 the result is `date` moved to a working day.
 */
export function addWorkingDays(date: string, n: number, cal: WorkingCalendar): string {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be an integer: ${n}`);
  if (n === 0) return nextWorkingDay(date, cal);
  const step = n > 0 ? 1 : -1;
  let d = date;
  for (let left = Math.abs(n); left > 0;) {
    d = addCalendarDays(d, step);
    if (isWorkingDay(d, cal)) left--;
  }
  return d;
}

/** Working days after `from` up to and including `to` (0 when to ≤ from). */
export function workingDaysBetween(from: string, to: string, cal: WorkingCalendar): number {
  let count = 0;
  for (let d = addCalendarDays(from, 1); daysBetween(d, to) >= 0; d = addCalendarDays(d, 1))
    if (isWorkingDay(d, cal)) count++;
  return count;
}

export type DueStateOptions = {
  /** Warning window: due within this many days counts as due soon (default 3). */
  soonDays?: number;
  /** When given, the window counts working days; otherwise calendar days. */
  calendar?: WorkingCalendar;
};

/**
 * Where a deadline stands at `now`: `overdue` once the Shanghai day `due` has ended,
 * `due_soon` when at most `soonDays` (working) days remain, `ok` otherwise.
 */
export function dueState(due: string, now: Date, opts: DueStateOptions = {}): DueState {
  const today = shanghaiDate(now);
  const ahead = daysBetween(today, due);
  if (ahead < 0) return 'overdue';
  const soon = opts.soonDays ?? 3;
  const left = opts.calendar ? workingDaysBetween(today, due, opts.calendar) : ahead;
  return left <= soon ? 'due_soon' : 'ok';
}
