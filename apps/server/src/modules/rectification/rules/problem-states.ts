import type { AnyPermission, ProblemState, ProblemStatus, ProblemStep } from '@ecocloud/contracts';

/**
 * The ledger's state machine ("拉条挂账、督办落实、办结销号", regulation.md §6): the responsible unit starts,
 * reports and completes; the acceptance unit accepts (self, then higher level) or sends it back; the
 * department publishes a notice and, once it has run, closes the problem (销号). A closed problem that
 * comes back is reopened as 反弹 and worked on again. Pure.
 */
type Rule = { from: readonly ProblemState[]; to: ProblemState | null; permission: AnyPermission };

const WORKING: readonly ProblemState[] = ['in_progress', 'rebounded'];
const ALL: readonly ProblemState[] = [
  'not_started',
  'in_progress',
  'awaiting_acceptance',
  'self_accepted',
  'higher_accepted',
  'closed',
  'rebounded',
];

export const STEP_RULES: Readonly<Record<ProblemStep, Rule>> = {
  start: { from: ['not_started'], to: 'in_progress', permission: 'rectification:write' },
  /** A progress note keeps the state. */
  progress: { from: WORKING, to: null, permission: 'rectification:write' },
  complete: { from: WORKING, to: 'awaiting_acceptance', permission: 'rectification:write' },
  self_accept: { from: ['awaiting_acceptance'], to: 'self_accepted', permission: 'rectification:accept' },
  higher_accept: { from: ['self_accepted'], to: 'higher_accepted', permission: 'rectification:accept' },
  /** Acceptance refused: back to work. */
  reject: { from: ['awaiting_acceptance', 'self_accepted'], to: 'in_progress', permission: 'rectification:accept' },
  /** The public notice before close-out (state kept; the notice dates are set). */
  notice: { from: ['higher_accepted'], to: null, permission: 'rectification:accept' },
  close: { from: ['higher_accepted'], to: 'closed', permission: 'rectification:accept' },
  rebound: { from: ['closed'], to: 'rebounded', permission: 'rectification:accept' },
  accountability: { from: ALL, to: null, permission: 'rectification:accept' },
};

/** The state after `step`, or null when the state does not allow it. */
export function nextState(state: ProblemState, step: ProblemStep): ProblemState | null {
  const rule = STEP_RULES[step];
  if (!rule.from.includes(state)) return null;
  return rule.to ?? state;
}

/** The steps a caller with these permissions may take in this state. */
export function allowedSteps(state: ProblemState, permissions: ReadonlySet<AnyPermission>): ProblemStep[] {
  return (Object.keys(STEP_RULES) as ProblemStep[]).filter(
    (s) => STEP_RULES[s].from.includes(state) && permissions.has(STEP_RULES[s].permission),
  );
}

/** The rectification is done (counted as 完成) once accepted by its acceptance unit. */
export const DONE_STATES: ReadonlySet<ProblemState> = new Set(['self_accepted', 'higher_accepted', 'closed']);
/** States in which the work itself is still open: past the deadline these are 逾期. */
const OPEN_STATES: ReadonlySet<ProblemState> = new Set(['not_started', 'in_progress', 'rebounded']);

/** 逾期: past the deadline (today after it) with the work not completed. */
export const isOverdue = (state: ProblemState, deadline: string, today: string): boolean =>
  OPEN_STATES.has(state) && today > deadline;

/**
 * The status shown and filtered on: overdue wins over the open state it hides, except 反弹, which says
 * more (a reopened problem is counted overdue by the metrics all the same when its deadline has passed).
 */
export const statusOf = (state: ProblemState, deadline: string, today: string): ProblemStatus =>
  state !== 'rebounded' && isOverdue(state, deadline, today) ? 'overdue' : state;
