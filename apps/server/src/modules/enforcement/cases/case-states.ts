import type { CaseEventKind, CaseState, EnforcementPermission } from '@ecocloud/contracts';

/**
 * The case state machine of regulation.md §3.1: which event may be recorded in which state, the state
 * it leads to (null: the state stays), and the permission it needs (approvals and decisions are the
 * leaders' and legal officers': enforcement:decide).
 */
type Step = { from: readonly CaseState[] | 'any_open'; to: CaseState | null; permission: EnforcementPermission };

const TERMINAL: readonly CaseState[] = ['not_filed', 'terminated', 'closed'];

export const CASE_STEPS: Readonly<Record<CaseEventKind, Step>> = {
  filed: { from: ['lead'], to: 'investigating', permission: 'enforcement:write' },
  not_filed: { from: ['lead'], to: 'not_filed', permission: 'enforcement:decide' },
  extended: { from: 'any_open', to: null, permission: 'enforcement:decide' },
  // A suspension (中止调查) changes the state; other pauses (hearing, monitoring …) only stop the clock.
  paused: { from: 'any_open', to: null, permission: 'enforcement:write' },
  resumed: { from: 'any_open', to: null, permission: 'enforcement:write' },
  terminated: { from: ['investigating', 'suspended'], to: 'terminated', permission: 'enforcement:decide' },
  findings: { from: ['investigating'], to: 'findings', permission: 'enforcement:write' },
  notice_sent: { from: ['findings'], to: 'notice_sent', permission: 'enforcement:write' },
  hearing_requested: { from: ['notice_sent'], to: 'hearing_requested', permission: 'enforcement:write' },
  hearing_notified: { from: ['hearing_requested'], to: 'hearing_scheduled', permission: 'enforcement:write' },
  heard: { from: ['hearing_scheduled'], to: 'heard', permission: 'enforcement:write' },
  legal_review: { from: ['notice_sent', 'heard'], to: 'legal_review', permission: 'enforcement:decide' },
  decided: { from: ['notice_sent', 'heard', 'legal_review'], to: 'decided', permission: 'enforcement:decide' },
  served: { from: ['decided'], to: 'served', permission: 'enforcement:write' },
  paid: { from: ['served', 'overdue'], to: 'paid', permission: 'enforcement:write' },
  enforcement_applied: { from: ['served', 'overdue'], to: 'enforced', permission: 'enforcement:decide' },
  closed: { from: ['paid', 'enforced', 'decided', 'served'], to: 'closed', permission: 'enforcement:decide' },
  monitoring_report: { from: 'any_open', to: null, permission: 'enforcement:write' },
  correction_order_made: { from: 'any_open', to: null, permission: 'enforcement:write' },
  correction_order_served: { from: 'any_open', to: null, permission: 'enforcement:write' },
  reinspected: { from: 'any_open', to: null, permission: 'enforcement:write' },
  seized: { from: 'any_open', to: null, permission: 'enforcement:decide' },
  seizure_released: { from: 'any_open', to: null, permission: 'enforcement:write' },
  production_limited: { from: 'any_open', to: null, permission: 'enforcement:decide' },
  production_limit_lifted: { from: 'any_open', to: null, permission: 'enforcement:write' },
  referred_to_police: { from: 'any_open', to: null, permission: 'enforcement:decide' },
  note: { from: 'any_open', to: null, permission: 'enforcement:write' },
};

const isOpen = (state: CaseState) => !TERMINAL.includes(state);

/** True when `kind` may be recorded in `state` (a pause for suspension only while investigating). */
export function allowedIn(kind: CaseEventKind, state: CaseState, pauseReason?: string): boolean {
  const step = CASE_STEPS[kind];
  if (kind === 'paused' && pauseReason === 'suspended') return state === 'investigating';
  if (kind === 'resumed') return isOpen(state);
  return step.from === 'any_open' ? isOpen(state) : step.from.includes(state);
}

/** The state after the event (a suspension and its end move between investigating and suspended). */
export function nextState(kind: CaseEventKind, state: CaseState, pauseReason?: string): CaseState {
  if (kind === 'paused' && pauseReason === 'suspended') return 'suspended';
  if (kind === 'resumed' && state === 'suspended') return 'investigating';
  return CASE_STEPS[kind].to ?? state;
}

/** The events the actor may record next, for the case page's buttons. */
export function allowedEvents(state: CaseState, permissions: ReadonlySet<string>): CaseEventKind[] {
  return (Object.keys(CASE_STEPS) as CaseEventKind[]).filter(
    (k) => permissions.has(CASE_STEPS[k].permission) && (k === 'paused' ? isOpen(state) : allowedIn(k, state)),
  );
}
