import type { QueryKey } from '@tanstack/react-query';

/** Every work plan query starts with this key. */
const WORKPLAN_KEY = ['workplan'] as const;

/** The query keys of the work plan module, one builder per query, so a write can name what it affects. */
export const workplanKeys = {
  plans: () => [...WORKPLAN_KEY, 'plans'] as const,
  rounds: (planId?: string) => [...WORKPLAN_KEY, 'rounds', ...opt(planId)] as const,
  board: (planId?: string) => [...WORKPLAN_KEY, 'board', ...opt(planId)] as const,
  items: (planId?: string, query?: object) => [...WORKPLAN_KEY, 'items', ...opt(planId), ...opt(query)] as const,
  item: (id?: string) => [...WORKPLAN_KEY, 'item', ...opt(id)] as const,
  overdue: (planId?: string) => [...WORKPLAN_KEY, 'overdue', ...opt(planId)] as const,
  unit: (planId?: string, unitId?: string) => [...WORKPLAN_KEY, 'unit', ...opt(planId), ...opt(unitId)] as const,
  reminders: (planId?: string) => [...WORKPLAN_KEY, 'reminders', ...opt(planId)] as const,
  assessment: (planId?: string) => [...WORKPLAN_KEY, 'assessment', ...opt(planId)] as const,
  series: (indicatorId?: string) => [...WORKPLAN_KEY, 'series', ...opt(indicatorId)] as const,
  reports: (itemId?: string) => [...WORKPLAN_KEY, 'reports', ...opt(itemId)] as const,
  notices: (itemId?: string) => [...WORKPLAN_KEY, 'notices', ...opt(itemId)] as const,
  calendar: (year?: number) => [...WORKPLAN_KEY, 'calendar', ...opt(year)] as const,
};

/** A key part only when given: a shorter key is a prefix that matches every query below it. */
function opt<T>(part: T | undefined): [T] | [] {
  return part === undefined ? [] : [part];
}

/**
 * The views computed from a plan's items, reports and indicators (status, progress, latest values):
 * what a report, a review, a "done" or an import changes. Item queries are keyed by item id, so all of
 * them are refreshed (only the ones on screen refetch).
 */
function planViews(planId?: string): QueryKey[] {
  return [
    workplanKeys.board(planId),
    workplanKeys.items(planId),
    workplanKeys.item(),
    workplanKeys.overdue(planId),
    workplanKeys.unit(planId),
    workplanKeys.reminders(planId),
    workplanKeys.assessment(planId),
    workplanKeys.series(),
  ];
}

/** A write of the work plan module, with what the client knows of its target. */
export type WorkplanWrite =
  | { kind: 'plan-created' }
  | { kind: 'weights'; planId: string }
  | { kind: 'rounds'; planId: string }
  | { kind: 'import'; planId: string }
  | { kind: 'report'; itemId: string }
  | { kind: 'review'; itemId: string }
  | { kind: 'done'; planId: string }
  | { kind: 'edit'; planId: string }
  | { kind: 'merge'; planId: string; itemId: string }
  | { kind: 'notice'; itemId: string }
  | { kind: 'calendar'; year: number };

/** The queries a write makes stale, and only those. */
export function keysAffectedBy(write: WorkplanWrite): QueryKey[] {
  switch (write.kind) {
    case 'plan-created':
      return [workplanKeys.plans()];
    case 'weights': // the weights change the plan and the scores computed from them
      return [workplanKeys.plans(), workplanKeys.assessment(write.planId)];
    case 'rounds': // rounds are what is owed: reminders, duties and the timeliness score
      return [
        workplanKeys.rounds(write.planId),
        workplanKeys.reminders(write.planId),
        workplanKeys.unit(write.planId),
        workplanKeys.assessment(write.planId),
      ];
    case 'import': // a new plan may have been created for the import
      return [workplanKeys.plans(), ...planViews(write.planId)];
    case 'report':
    case 'review': // a report's plan is not known on the client: the views of every plan
      return [workplanKeys.reports(write.itemId), ...planViews()];
    case 'done':
    case 'edit': // an edited, moved or deleted item changes the plan's views; its reports stay
      return planViews(write.planId);
    case 'merge': // the merged items' reports and notices now belong to the kept item
      return [workplanKeys.reports(write.itemId), workplanKeys.notices(write.itemId), ...planViews(write.planId)];
    case 'notice': // notices are due dates of the unit's duties; they do not change a status
      return [workplanKeys.notices(write.itemId), workplanKeys.unit()];
    case 'calendar': // working days move what is due soon or overdue
      return [workplanKeys.calendar(write.year), workplanKeys.unit(), workplanKeys.reminders(), workplanKeys.notices()];
  }
}
