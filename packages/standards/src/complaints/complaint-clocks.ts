import {
  DEFAULT_COMPLAINT_CLOCK_SETTINGS,
  effectiveComplaintRule,
  type ComplaintClockCode,
  type ComplaintClockRule,
  type ComplaintClockSettings,
} from './complaint-clock-rules';
import { daysFromTo, onOrAfterWorkingDay, plusDays, plusWorkingDays, type RestDayCalendar } from './complaint-days';

/**
 * The days of one report that start and stop its clocks. A clock opens on its start day; a period "within N
 * days of X" starts the day after X, so N calendar days end on X + N, moved to the next working day when
 * that is a rest day and the jurisdiction rolls (on by default); N working days end on the N-th working day
 * after X. The review chain (复查, 复核) belongs to petitions: reports of violations go to the enforcement
 * procedure instead (reference §5.1 note), so the caller leaves those days out for them.
 */
export type ComplaintDays = {
  received: string;
  /** The written acceptance notice (受理告知); stops the acceptance clock, starts handling. */
  accepted?: string | null;
  /** Days of an approved handling extension (1–30), with the reason told to the reporter. */
  extendedDays?: number | null;
  /** The written reply (书面答复); stops handling, starts the review request period. */
  replied?: string | null;
  reviewRequested?: string | null;
  reviewAnswered?: string | null;
  reReviewRequested?: string | null;
  reReviewAnswered?: string | null;
};

export type ComplaintClock = {
  code: ComplaintClockCode;
  rule: Pick<ComplaintClockRule, 'citation' | 'text' | 'amount' | 'unit' | 'party' | 'mark'>;
  /** The day of the event the period counts from (the period starts the day after). */
  from: string;
  /** The last allowed day. */
  dueDate: string;
  /** Days an approved extension added. */
  extended: number;
  /** A rest day moved the last day to the next working day. */
  rolled: boolean;
  /** The day the act happened, null while open. */
  doneOn: string | null;
  /** Done on or before the due date. */
  satisfied: boolean;
  /** The due date passed without the act (as of `asOf`), or the act came late. */
  overdue: boolean;
  /** Calendar days from `asOf` to the due date (negative once passed); null once done or without `asOf`. */
  daysLeft: number | null;
};

/** [clock, day it starts from, day it is done] in the order of the procedure. */
function spans(d: ComplaintDays): [ComplaintClockCode, string | null | undefined, string | null | undefined][] {
  return [
    ['ACCEPTANCE', d.received, d.accepted],
    ['HANDLING', d.accepted, d.replied],
    ['REVIEW_REQUEST', d.replied, d.reviewRequested],
    ['REVIEW_ANSWER', d.reviewRequested, d.reviewAnswered],
    ['RE_REVIEW_REQUEST', d.reviewAnswered, d.reReviewRequested],
    ['RE_REVIEW_ANSWER', d.reReviewRequested, d.reReviewAnswered],
  ];
}

/** The last day of a period of `rule` from `from`, with `extra` calendar days and the rest-day roll. */
export function complaintPeriodEnd(
  from: string,
  rule: Pick<ComplaintClockRule, 'amount' | 'unit'>,
  extra: number,
  cal: RestDayCalendar,
  roll: boolean,
): { dueDate: string; rolled: boolean } {
  if (rule.unit === 'working_day')
    return { dueDate: plusDays(plusWorkingDays(from, rule.amount, cal), extra), rolled: false };
  const due = plusDays(from, rule.amount + extra);
  if (!roll) return { dueDate: due, rolled: false };
  const moved = onOrAfterWorkingDay(due, cal);
  return { dueDate: moved, rolled: moved !== due };
}

/**
 * The clocks of a report: every clock whose start day is known, in procedure order. Pure; throws a
 * RangeError on an extension beyond the rule's maximum or a day before the one it follows.
 */
export function complaintClocks(
  days: ComplaintDays,
  cal: RestDayCalendar,
  opts: { settings?: ComplaintClockSettings; asOf?: string } = {},
): ComplaintClock[] {
  const settings = opts.settings ?? DEFAULT_COMPLAINT_CLOCK_SETTINGS;
  const clocks: ComplaintClock[] = [];
  for (const [code, from, done] of spans(days)) {
    if (!from) break;
    if (done && daysFromTo(from, done) < 0) throw new RangeError(`${code}: ${done} is before ${from}`);
    const rule = effectiveComplaintRule(code, settings);
    const extended = code === 'HANDLING' ? (days.extendedDays ?? 0) : 0;
    if (!Number.isInteger(extended) || extended < 0 || extended > rule.maxExtension)
      throw new RangeError(`${code}: an extension is 0..${rule.maxExtension} days, got ${extended}`);
    const { dueDate, rolled } = complaintPeriodEnd(from, rule, extended, cal, settings.rollRestDayForward);
    const doneOn = done ?? null;
    const late = doneOn ? daysFromTo(doneOn, dueDate) < 0 : opts.asOf ? daysFromTo(opts.asOf, dueDate) < 0 : false;
    clocks.push({
      code,
      rule: {
        citation: rule.citation,
        text: rule.text,
        amount: rule.amount,
        unit: rule.unit,
        party: rule.party,
        mark: rule.mark,
      },
      from,
      dueDate,
      extended,
      rolled,
      doneOn,
      satisfied: doneOn !== null && !late,
      overdue: late,
      daysLeft: doneOn || !opts.asOf ? null : daysFromTo(opts.asOf, dueDate),
    });
  }
  return clocks;
}
