import type { PermitEventKind } from '@ecocloud/contracts';
import type { WorkingCalendar } from '../../../platform/deadlines';
import { permitDeadlines, type PermitDeadline, type PermitEvent } from '../rules/permit-clocks';
import type { ClockSettings } from '../rules/permit-clock-rules';

/** A permit as its clocks need it. */
export type ClockPermit = {
  kind: 'permit' | 'registration';
  category: 'key' | 'simplified' | 'registration';
  validTo: string;
  /** Stored status: only a `valid` permit keeps running clocks (a revoked one is over). */
  status: string;
};

/** A recorded permit event, in recording order (date, then entry). */
export type ClockEvent = { kind: PermitEventKind; date: string; onSiteCheck: boolean };

/** Which events answer the clock an event opens (a later one of these closes it). */
const ANSWERED_BY: Partial<Record<PermitEventKind, readonly PermitEventKind[]>> = {
  applied: ['correction_notice', 'accepted', 'site_check', 'granted'],
  accepted: ['granted', 'revoked', 'cancelled', 'withdrawn'],
  renewal_filed: ['renewed'],
  change_event: ['change_filed', 'changed'],
};

function answered(events: readonly ClockEvent[], at: number): boolean {
  const answers = ANSWERED_BY[events[at]!.kind] ?? [];
  return events.slice(at + 1).some((e) => answers.includes(e.kind));
}

/** The rule event an opening event stands for (null: the event opens no clock on this permit). */
function ruleEvent(permit: ClockPermit, events: readonly ClockEvent[], at: number): PermitEvent | null {
  const e = events[at]!;
  switch (e.kind) {
    case 'applied':
      // Recorded as applied without a correction notice or acceptance: treated as incomplete until answered.
      return { type: 'application_received', date: e.date, complete: false };
    case 'accepted': {
      if (permit.category === 'registration') return null; // a registration form is filed, not decided
      const siteCheck = e.onSiteCheck || events.slice(at + 1).some((x) => x.kind === 'site_check');
      return { type: 'application_accepted', date: e.date, category: permit.category, siteCheck };
    }
    case 'renewal_filed':
      return { type: 'renewal_accepted', date: e.date };
    case 'change_event':
      return permit.kind === 'registration'
        ? { type: 'registration_changed', date: e.date }
        : { type: 'unit_changed', date: e.date, what: 'name' };
    default:
      return null;
  }
}

/** True while the current term's renewal is not applied for (no renewal_filed since the last renewal). */
function renewalOpen(events: readonly ClockEvent[]): boolean {
  let open = true;
  for (const e of events) {
    if (e.kind === 'renewal_filed') open = false;
    if (e.kind === 'renewed') open = true;
  }
  return open;
}

/**
 * The deadlines still running on a permit: the renewal application (a permit in force, not yet applied
 * for: validTo − 60 days, overdue once passed, so an expired permit without renewal shows) and each
 * clock an event opened that no later event has answered.
 */
export function openPermitClocks(
  permit: ClockPermit,
  events: readonly ClockEvent[],
  calendar: WorkingCalendar,
  settings: Partial<ClockSettings>,
): PermitDeadline[] {
  if (permit.status !== 'valid') return [];
  const out: PermitDeadline[] = [];
  if (permit.kind === 'permit' && renewalOpen(events))
    out.push(...permitDeadlines({ type: 'permit_in_force', validTo: permit.validTo }, calendar, settings));
  events.forEach((_, at) => {
    const event = ruleEvent(permit, events, at);
    if (event && !answered(events, at)) out.push(...permitDeadlines(event, calendar, settings));
  });
  return out;
}
