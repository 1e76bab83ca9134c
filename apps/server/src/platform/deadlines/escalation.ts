import { addWorkingDays, shanghaiDate, type WorkingCalendar } from './working-calendar';

/**
 * How a late reply escalates: at each level the addressee gets `replyWorkingDays[level - 1]`
 * working days; a missed due date raises the level by one, up to `maxLevel`, with a new due date.
 * Shared by the work plan's supervision notices and, later, rectification and complaint deadlines.
 */
export type EscalationPolicy = { maxLevel: number; replyWorkingDays: readonly number[] };

export const DEFAULT_ESCALATION: EscalationPolicy = { maxLevel: 3, replyWorkingDays: [5, 3, 2] };

export type Escalatable = { level: number; dueDate: string; isResolved: boolean };

export type EscalationStep = { level: number; dueDate: string };

/** Working days allowed at a level (the last entry repeats for levels past the list). */
export function replyDaysAt(level: number, policy: EscalationPolicy): number {
  const days = policy.replyWorkingDays;
  return days[Math.min(level, days.length) - 1] ?? 5;
}

/** The due date of a new case at level 1 opened on `openedOn` (a Shanghai date). */
export function initialDue(
  openedOn: string,
  cal: WorkingCalendar,
  policy: EscalationPolicy = DEFAULT_ESCALATION,
  days?: number,
): string {
  return addWorkingDays(openedOn, days ?? replyDaysAt(1, policy), cal);
}

/**
 * The escalation due at `now`, or null: nothing happens while the case is resolved, still inside
 * its due day, or already at the top level (it then simply stays overdue). One step per call: a
 * sweep that runs late raises one level and counts the new period from today, never several at once.
 */
export function nextEscalation(
  c: Escalatable,
  now: Date,
  cal: WorkingCalendar,
  policy: EscalationPolicy = DEFAULT_ESCALATION,
): EscalationStep | null {
  if (c.isResolved) return null;
  const today = shanghaiDate(now);
  if (today <= c.dueDate) return null;
  if (c.level >= policy.maxLevel) return null;
  const level = c.level + 1;
  return { level, dueDate: addWorkingDays(today, replyDaysAt(level, policy), cal) };
}
