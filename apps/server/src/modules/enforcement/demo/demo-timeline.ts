import type { CaseEventKind } from '@ecocloud/contracts';
import {
  addCalendarDays,
  addWorkingDays,
  daysBetween,
  nextWorkingDay,
  type WorkingCalendar,
} from '../../../platform/deadlines';

/**
 * The days of a demo case's story, laid out backwards from its last step so that a story ending
 * "three days ago" ends three days before the demo's today whatever today is. Pure.
 *
 * Why backwards and why the snapping goes forward: every legal clock of a case is "within N of the
 * previous act" (filing ≤ 15 days after the lead, service ≤ 7 working days after the decision …). The
 * last step lands on the working day on or before its target; each earlier step lands `gap` before its
 * successor and, when that is a rest day, moves to the next working day, so an interval only ever
 * shrinks and a gap inside a limit stays inside it. Working-day gaps (`wd`) are counted exactly
 * (hearing request ≤ 5, hearing notified ≥ 7 before the hearing, service ≤ 7). The lead's day is not
 * moved: online data find leads on any day.
 */

type StoryKind = CaseEventKind | 'lead_found';

/** Days between a step and the one before it: calendar days, or working days. */
export type Gap = { days: readonly [number, number] } | { wd: readonly [number, number] };

export type StoryStep = {
  kind: StoryKind;
  gap: Gap;
  /** The event's own fields (pause reason, re-inspection finding, extension …). */
  data?: Readonly<Record<string, unknown>>;
  note?: string;
};

export type DatedStep = StoryStep & { date: string };

/** Gap helpers for the story tables. */
export const days = (min: number, max = min): Gap => ({ days: [min, max] });
export const wd = (min: number, max = min): Gap => ({ wd: [min, max] });

/** The working day on or before `date`. */
function workingDayOnOrBefore(date: string, cal: WorkingCalendar): string {
  let d = date;
  for (let i = 0; i < 60; i++, d = addCalendarDays(d, -1)) if (nextWorkingDay(d, cal) === d) return d;
  throw new RangeError(`no working day within 60 days before ${date}`);
}

const pick = (range: readonly [number, number], rand: () => number) =>
  range[0] + Math.floor(rand() * (range[1] - range[0] + 1));

/**
 * The steps with their days: the last on the working day on or before `today − endAgo` (the lead alone
 * on that very day), each earlier one `gap` before the next, moved forward off rest days.
 */
export function layOut(
  steps: readonly StoryStep[],
  today: string,
  endAgo: number,
  cal: WorkingCalendar,
  rand: () => number,
): DatedStep[] {
  if (!steps.length || steps[0]!.kind !== 'lead_found') throw new Error('a story starts with its lead');
  const gaps = steps.map((s) => ({
    unit: 'wd' in s.gap ? 'wd' : 'days',
    n: pick('wd' in s.gap ? s.gap.wd : s.gap.days, rand),
  }));
  const dates: string[] = new Array<string>(steps.length);
  const end = addCalendarDays(today, -endAgo);
  dates[steps.length - 1] = steps.length === 1 ? end : workingDayOnOrBefore(end, cal);
  for (let i = steps.length - 2; i >= 0; i--) {
    const later = dates[i + 1]!;
    const { unit, n } = gaps[i + 1]!;
    const back = unit === 'wd' ? (n === 0 ? later : addWorkingDays(later, -n, cal)) : addCalendarDays(later, -n);
    if (steps[i]!.kind === 'lead_found') dates[i] = back;
    else {
      const moved = nextWorkingDay(back, cal);
      dates[i] = daysBetween(moved, later) >= 0 ? moved : later;
    }
  }
  return steps.map((s, i) => ({ ...s, date: dates[i]! }));
}
