import { addCalendarDays, daysBetween, type WorkingCalendar } from '../../../platform/deadlines';
import {
  DEFAULT_CASE_CLOCK_SETTINGS,
  effectiveCaseRule,
  type CaseClockCode,
  type CaseClockRule,
  type CaseClockSettings,
} from './case-clock-rules';
import { lateFee, type LateFee } from './late-fee';
import { periodEnd, rollOffRestDay } from './periods';

/**
 * The clocks of one enforcement case, computed from its events as of a date. Pure: the working
 * calendar and the jurisdiction's settings come in; dates are Shanghai calendar dates `YYYY-MM-DD`.
 *
 * - Each start event opens one clock (a lead → the filing clock, a filing → the decision clock …);
 *   the first closing event on or after it, before the next start of the same kind, closes it.
 *   Repeated starts (a second order to correct, a second seizure) each get their own clock.
 * - Events dated after `asOf` have not happened yet as of that date and are ignored, so the same
 *   events give the case as it stood on any earlier day.
 * - Pauses stop pausable clocks (the decision): the paused calendar days are added to the due date,
 *   overlapping pauses count once, a pause that starts after the clock ran out revives nothing, and
 *   an open pause (or one planned beyond `asOf`) counts up to `asOf`: days left stay still while paused.
 * - Extensions are granted in the order the rule lists (approval, then collective) and each at most
 *   once, within its maximum; anything else throws a RangeError (the service checks before it writes).
 */

type PauseReason = 'suspended' | 'hearing' | 'monitoring' | 'appraisal' | 'service' | 'publication';

type ExtendableClock = 'FILING' | 'DECISION' | 'SEIZURE' | 'PRODUCTION_LIMIT';

export type CaseEvent =
  | { type: 'lead_found'; date: string }
  | { type: 'filed'; date: string }
  | { type: 'not_filed'; date: string }
  /** An approved extension of a clock, in that clock's unit (days; months for the production limit). */
  | { type: 'extended'; clock: ExtendableClock; date: string; by: 'approval' | 'collective'; amount: number }
  /** A pause of the decision clock; `to` is its last day (inclusive), null while it lasts. */
  | { type: 'paused'; reason: PauseReason; from: string; to: string | null }
  | { type: 'terminated'; date: string }
  | { type: 'notice_sent'; date: string; hearingRight: boolean }
  | { type: 'hearing_requested'; date: string }
  | { type: 'hearing_notified'; date: string; hearingDate: string }
  /** The decision; `fineFen` 0 for a decision without a fine (no payment clock). */
  | { type: 'decided'; date: string; fineFen: number }
  | { type: 'served'; date: string }
  | { type: 'paid'; date: string }
  | { type: 'monitoring_report'; date: string }
  | { type: 'correction_order_served'; date: string }
  | { type: 'reinspected'; date: string }
  | { type: 'seized'; date: string }
  | { type: 'seizure_released'; date: string }
  | { type: 'production_limited'; date: string }
  | { type: 'production_limit_lifted'; date: string };

type EventType = CaseEvent['type'];
type DatedEvent = Exclude<CaseEvent, { type: 'paused' }>;

/** Which event opens each clock and which close it (the hearing notice closes on its own hearing date). */
const LIFECYCLE: Readonly<Record<CaseClockCode, { opens: EventType; closes: readonly EventType[] }>> = {
  FILING: { opens: 'lead_found', closes: ['filed', 'not_filed'] },
  DECISION: { opens: 'filed', closes: ['decided', 'terminated'] },
  HEARING_REQUEST: { opens: 'notice_sent', closes: ['hearing_requested'] },
  HEARING_NOTICE: { opens: 'hearing_notified', closes: [] },
  SERVICE: { opens: 'decided', closes: ['served'] },
  PAYMENT: { opens: 'served', closes: ['paid'] },
  CORRECTION_ORDER_SERVICE: { opens: 'monitoring_report', closes: ['correction_order_served'] },
  REINSPECTION: { opens: 'correction_order_served', closes: ['reinspected'] },
  SEIZURE: { opens: 'seized', closes: ['seizure_released'] },
  PRODUCTION_LIMIT: { opens: 'production_limited', closes: ['production_limit_lifted'] },
};

export type CaseClock = {
  code: CaseClockCode;
  rule: Pick<CaseClockRule, 'citation' | 'text' | 'amount' | 'unit' | 'bound' | 'party' | 'mark'>;
  /** The day of the event the period counts from (the period starts the day after). */
  from: string;
  /** `by` clocks: the last allowed day; `not_before` (hearing notice): the first allowed hearing day. */
  dueDate: string;
  /** What approved extensions added, in the rule's unit. */
  extended: number;
  /** Calendar days of pause that moved the due date. */
  pausedDays: number;
  /** True when a rest day moved the due date to the next working day. */
  rolled: boolean;
  /** The day the clock's act happened (for the hearing notice: the hearing date), null while open. */
  doneOn: string | null;
  paused: boolean;
  /** Done in time (hearing notice: the hearing is on or after the first allowed day). */
  satisfied: boolean;
  /** Due date passed without the act, or the act came late (hearing notice: the hearing is too early). */
  overdue: boolean;
  /** Calendar days from `asOf` to the due date (negative once passed); null once done. */
  daysLeft: number | null;
  /** The payment clock of a fine: 加处罚款 counted to the day paid, or to `asOf` while unpaid. */
  lateFee?: LateFee;
};

const dateOf = (e: CaseEvent) => (e.type === 'paused' ? e.from : e.date);
const onOrBefore = (a: string, b: string) => daysBetween(a, b) >= 0;

/** The extension total of one clock, checked against the rule's order and maxima. */
function extensionTotal(rule: CaseClockRule, granted: readonly Extract<CaseEvent, { type: 'extended' }>[]): number {
  if (granted.length > rule.extensions.length)
    throw new RangeError(`${rule.code}: at most ${rule.extensions.length} extension(s), got ${granted.length}`);
  return granted.reduce((sum, ext, i) => {
    const allowed = rule.extensions[i]!;
    if (ext.by !== allowed.by) throw new RangeError(`${rule.code}: extension ${i + 1} is by ${allowed.by}`);
    if (!Number.isInteger(ext.amount) || ext.amount < 1 || ext.amount > allowed.max)
      throw new RangeError(`${rule.code}: extension ${i + 1} must be 1..${allowed.max}, got ${ext.amount}`);
    return sum + ext.amount;
  }, 0);
}

/** The due date moved by the pauses that began before it; days from `from` + 1 to `stop` count. */
function shiftByPauses(
  from: string,
  due: string,
  pauses: readonly Extract<CaseEvent, { type: 'paused' }>[],
  stop: string,
): { due: string; pausedDays: number; pausedOn: (day: string) => boolean } {
  const first = addCalendarDays(from, 1);
  const spans = pauses
    .map((p) => {
      const a = onOrBefore(first, p.from) ? p.from : first;
      const b = p.to !== null && onOrBefore(p.to, stop) ? p.to : stop;
      return [a, b] as const;
    })
    .filter(([a, b]) => onOrBefore(a, b))
    .sort(([a], [b]) => daysBetween(b, a));
  const merged: [string, string][] = [];
  for (const [a, b] of spans) {
    const last = merged.at(-1);
    if (last && onOrBefore(a, addCalendarDays(last[1], 1))) {
      if (daysBetween(last[1], b) > 0) last[1] = b;
    } else merged.push([a, b]);
  }
  let shifted = due;
  let pausedDays = 0;
  const counted: [string, string][] = [];
  for (const [a, b] of merged) {
    if (!onOrBefore(a, shifted)) break; // the clock had already run out when this pause began
    const days = daysBetween(a, b) + 1;
    shifted = addCalendarDays(shifted, days);
    pausedDays += days;
    counted.push([a, b]);
  }
  const pausedOn = (day: string) => counted.some(([a, b]) => onOrBefore(a, day) && onOrBefore(day, b));
  return { due: shifted, pausedDays, pausedOn };
}

/** Every clock of the case as of `asOf`, in the order their periods started. */
export function caseClocks(
  events: readonly CaseEvent[],
  asOf: string,
  calendar: WorkingCalendar,
  settings: Partial<CaseClockSettings> = {},
): CaseClock[] {
  const roll = settings.rollRestDayForward ?? DEFAULT_CASE_CLOCK_SETTINGS.rollRestDayForward;
  const known = events
    .filter((e) => onOrBefore(dateOf(e), asOf))
    .map((e, i) => ({ e, i }))
    .sort((x, y) => daysBetween(dateOf(y.e), dateOf(x.e)) || x.i - y.i)
    .map(({ e }) => e);
  const dated = known.filter((e): e is DatedEvent => e.type !== 'paused');
  const pauses = known.filter((e): e is Extract<CaseEvent, { type: 'paused' }> => e.type === 'paused');
  const clocks: CaseClock[] = [];

  for (const code of Object.keys(LIFECYCLE) as CaseClockCode[]) {
    const { opens, closes } = LIFECYCLE[code];
    const starts = dated.filter((e) => e.type === opens);
    starts.forEach((start, n) => {
      const next = starts[n + 1]?.date;
      const inWindow = (e: DatedEvent) =>
        onOrBefore(start.date, e.date) && (next === undefined || daysBetween(e.date, next) > 0);
      if (start.type === 'notice_sent' && !start.hearingRight) return;
      const fine = code === 'PAYMENT' ? fineBefore(dated, start.date) : null;
      if (code === 'PAYMENT' && !fine) return;

      const rule = effectiveCaseRule(code, settings);
      const extended = extensionTotal(
        rule,
        dated.filter(
          (e): e is Extract<CaseEvent, { type: 'extended' }> =>
            e.type === 'extended' && e.clock === code && inWindow(e),
        ),
      );
      const doneOn =
        start.type === 'hearing_notified'
          ? start.hearingDate
          : (dated.find((e) => closes.includes(e.type) && inWindow(e))?.date ?? null);
      const stop = doneOn !== null && onOrBefore(doneOn, asOf) ? doneOn : asOf;
      const base = periodEnd(start.date, rule.amount + extended, rule.unit, calendar);
      const shift = rule.pausable
        ? shiftByPauses(start.date, base, pauses, stop)
        : { due: base, pausedDays: 0, pausedOn: () => false };
      const { dueDate, rolled } = rollOffRestDay(
        shift.due,
        calendar,
        roll && rule.rollsOffRestDay && rule.unit !== 'working_day',
      );

      const byBound = rule.bound === 'by';
      const clock: CaseClock = {
        code,
        rule: pick(rule),
        from: start.date,
        dueDate,
        extended,
        pausedDays: shift.pausedDays,
        rolled,
        doneOn,
        paused: doneOn === null && shift.pausedOn(asOf),
        satisfied: doneOn !== null && (byBound ? onOrBefore(doneOn, dueDate) : onOrBefore(dueDate, doneOn)),
        overdue:
          doneOn === null
            ? byBound && !onOrBefore(asOf, dueDate)
            : byBound
              ? !onOrBefore(doneOn, dueDate)
              : !onOrBefore(dueDate, doneOn),
        daysLeft: doneOn === null ? daysBetween(asOf, dueDate) : null,
      };
      if (fine) clock.lateFee = lateFee(fine, dueDate, doneOn ?? asOf);
      clocks.push(clock);
    });
  }
  return clocks.sort((a, b) => daysBetween(b.from, a.from));
}

/** The fine of the latest decision on or before `day` (0 or none: no payment clock). */
function fineBefore(dated: readonly DatedEvent[], day: string): number {
  const decisions = dated.filter((e) => e.type === 'decided' && onOrBefore(e.date, day));
  const last = decisions.at(-1);
  return last?.type === 'decided' ? last.fineFen : 0;
}

function pick(rule: CaseClockRule): CaseClock['rule'] {
  const { citation, text, amount, unit, bound, party, mark } = rule;
  return { citation, text, amount, unit, bound, party, mark };
}
