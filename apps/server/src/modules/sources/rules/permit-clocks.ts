import {
  addCalendarDays,
  addWorkingDays,
  daysBetween,
  nextWorkingDay,
  type WorkingCalendar,
} from '../../../platform/deadlines';
import {
  DEFAULT_CLOCK_SETTINGS,
  effectiveRule,
  type ClockSettings,
  type DayKind,
  type PermitClockCode,
  type PermitClockRule,
} from './permit-clock-rules';

/**
 * Permit clocks: which deadline an event starts and when it falls due. Pure: the calendar and the
 * jurisdiction's settings come in as arguments; dates are Shanghai calendar dates `YYYY-MM-DD`.
 *
 * Counting (民法典 §201, ⚠ background): a period "within N days of X" starts the day after X, so its
 * last day is X + N calendar days, or the N-th working day after X. A calendar period ending on a
 * rest day ends on the next working day when `rollRestDayForward` is on. The renewal application is a
 * "no later than 60 days before expiry" deadline: validTo − 60, never rolled (see ClockSettings).
 */

type PermitCategory = 'key' | 'simplified';

export type PermitEvent =
  /** An application arrived; when incomplete, the authority owes a correction notice (§9(4)). */
  | { type: 'application_received'; date: string; complete: boolean }
  /** An application was accepted: the authority owes a decision (§12). */
  | { type: 'application_accepted'; date: string; category: PermitCategory; siteCheck?: boolean }
  /** A permit is in force until validTo (inclusive): the unit must apply for renewal (§14 ¶2). */
  | { type: 'permit_in_force'; validTo: string }
  /** A renewal application was accepted: the authority owes its review (§14 ¶2). */
  | { type: 'renewal_accepted'; date: string }
  /** The unit's name, address or legal representative changed: it must apply for a change (§14 ¶3). */
  | { type: 'unit_changed'; date: string; what: 'name' | 'address' | 'legal_representative' }
  /** Information on a registration form (登记表) changed: the unit must update it (§24 ¶3). */
  | { type: 'registration_changed'; date: string };

type PermitDeadlineKind =
  | 'correction_notice'
  | 'decision'
  | 'renewal_application'
  | 'renewal_review'
  | 'change_application'
  | 'registration_update';

export type PermitDeadline = {
  kind: PermitDeadlineKind;
  dueDate: string;
  /** The date the period counts from (the event, or the expiry for the renewal). */
  from: string;
  /** True when a rest day moved the due date to the next working day. */
  rolled: boolean;
  rule: Pick<PermitClockRule, 'code' | 'citation' | 'days' | 'dayKind' | 'direction' | 'party' | 'text'>;
};

/** The last day of a forward period of `days` of `dayKind` after `from`, rolled off a rest day if set. */
function periodEnd(
  from: string,
  days: number,
  dayKind: DayKind,
  calendar: WorkingCalendar,
  rollRestDayForward: boolean,
): { dueDate: string; rolled: boolean } {
  if (dayKind === 'working') return { dueDate: addWorkingDays(from, days, calendar), rolled: false };
  const end = addCalendarDays(from, days);
  if (!rollRestDayForward) return { dueDate: end, rolled: false };
  const moved = nextWorkingDay(end, calendar);
  return { dueDate: moved, rolled: moved !== end };
}

/** The last day to do something `days` before `event` (a "no later than" deadline; never rolled). */
function deadlineBefore(event: string, days: number, dayKind: DayKind, calendar: WorkingCalendar): string {
  return dayKind === 'working' ? addWorkingDays(event, -days, calendar) : addCalendarDays(event, -days);
}

function ruleFor(event: PermitEvent): { kind: PermitDeadlineKind; code: PermitClockCode; from: string } | null {
  switch (event.type) {
    case 'application_received':
      return event.complete ? null : { kind: 'correction_notice', code: 'PERMIT_CORRECTION_NOTICE', from: event.date };
    case 'application_accepted': {
      const code: PermitClockCode =
        event.category === 'simplified'
          ? 'PERMIT_DECISION_SIMPLIFIED'
          : event.siteCheck
            ? 'PERMIT_DECISION_KEY_SITE_CHECK'
            : 'PERMIT_DECISION_KEY';
      return { kind: 'decision', code, from: event.date };
    }
    case 'permit_in_force':
      return { kind: 'renewal_application', code: 'PERMIT_RENEWAL_APPLICATION', from: event.validTo };
    case 'renewal_accepted':
      return { kind: 'renewal_review', code: 'PERMIT_RENEWAL_REVIEW', from: event.date };
    case 'unit_changed':
      return { kind: 'change_application', code: 'PERMIT_CHANGE_APPLICATION', from: event.date };
    case 'registration_changed':
      return { kind: 'registration_update', code: 'REGISTRATION_FORM_UPDATE', from: event.date };
  }
}

/** The deadlines an event starts (none for a complete application), each with the rule it comes from. */
export function permitDeadlines(
  event: PermitEvent,
  calendar: WorkingCalendar,
  settings: Partial<ClockSettings> = {},
): PermitDeadline[] {
  const which = ruleFor(event);
  if (!which) return [];
  const rule = effectiveRule(which.code, settings);
  const roll = settings.rollRestDayForward ?? DEFAULT_CLOCK_SETTINGS.rollRestDayForward;
  const { dueDate, rolled } =
    rule.direction === 'before'
      ? { dueDate: deadlineBefore(which.from, rule.days, rule.dayKind, calendar), rolled: false }
      : periodEnd(which.from, rule.days, rule.dayKind, calendar, roll);
  const { code, citation, days, dayKind, direction, party, text } = rule;
  return [
    {
      kind: which.kind,
      dueDate,
      from: which.from,
      rolled,
      rule: { code, citation, days, dayKind, direction, party, text },
    },
  ];
}

type PermitState = 'granted' | 'revoked' | 'cancelled' | 'withdrawn';

export type PermitForStatus = {
  validFrom: string;
  /** Last day of validity, inclusive. */
  validTo: string;
  state: PermitState;
  /** The day a revocation (撤销), cancellation (注销) or withdrawal (吊销) took effect. */
  endedOn?: string;
};

export type PermitStatus =
  'not_yet_valid' | 'valid' | 'renewal_window' | 'expired' | 'revoked' | 'cancelled' | 'withdrawn';

/**
 * A permit's status on a day. `renewal_window`: the last `windowDays` (default 60) days of validity,
 * i.e. from validTo − 60 (the renewal application deadline) to validTo; `expired` after validTo —
 * discharging then without a renewed permit is 无证排污 (条例 §33(2)).
 */
export function permitStatusOn(date: string, permit: PermitForStatus, windowDays = 60): PermitStatus {
  if (permit.state !== 'granted' && (!permit.endedOn || daysBetween(permit.endedOn, date) >= 0)) return permit.state;
  if (daysBetween(date, permit.validFrom) > 0) return 'not_yet_valid';
  const left = daysBetween(date, permit.validTo);
  if (left < 0) return 'expired';
  return left <= windowDays ? 'renewal_window' : 'valid';
}

/** True when the status means discharging is unlicensed (无证排污 risk, 条例 §33). */
export const isUnlicensedRisk = (status: PermitStatus): boolean =>
  status === 'expired' || status === 'revoked' || status === 'cancelled' || status === 'withdrawn';
