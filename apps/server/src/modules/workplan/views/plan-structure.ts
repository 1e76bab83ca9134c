import { AppError } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { shanghaiDate } from '../../../platform/deadlines';
import { orgById } from '../../../platform/orgs/org-reads';
import { reportsOfPlan, unitsOfPlan } from '../shared/unit-orgs.repository';
import * as repo from '../shared/workplan.repository';
import type { Reach } from '../shared/workplan-scope';

/**
 * The structure of one plan as far as the caller reaches: the plan, its items, units, regions,
 * indicator definitions, reports and rounds — everything but the indicator readings, which cost a
 * metric read each (`indicator-readings.ts`). Views that need no status (duties, reminders) stop here.
 */
export type PlanStructure = {
  plan: repo.PlanRow;
  today: string;
  /** the reached items, plus (with `withParents`) their ancestors for context, in list order */
  rows: repo.ItemRow[];
  /** ids of the items the caller reaches (a context parent is not among them) */
  visible: ReadonlySet<string>;
  /** units of the reached items */
  units: repo.UnitRow[];
  regions: { item_id: string; region_code: string }[];
  /** indicators of the reached items */
  indicators: repo.IndicatorRow[];
  /** reports on the reached items, oldest first */
  reports: repo.ReportListRow[];
  rounds: repo.RoundRow[];
  /** the plan's organisation's region: the default region of a live metric */
  planRegionCode: string;
};

/** The reached rows plus every ancestor of them (a unit's item under 三、(二) brings (二) and 三、 along), in list order. */
async function withParents(db: AppDeps['db'], planId: string, reached: repo.ItemRow[]): Promise<repo.ItemRow[]> {
  const all = await repo.listItems(db, planId, { kind: 'all' });
  const byId = new Map(all.map((r) => [r.id, r]));
  const keep = new Set(reached.map((r) => r.id));
  for (const r of reached) {
    for (let p = r.parent_id; p !== null && !keep.has(p); p = byId.get(p)?.parent_id ?? null) keep.add(p);
  }
  return all.filter((r) => keep.has(r.id));
}

/**
 * `withParents`: also the ancestors of the reached items, marked `context` in the view — the board and
 * the item list show a unit's items under their headings. Units, reports and indicators stay those of
 * the reached items, so the other views (overdue, duties, assessment) are unchanged.
 */
export async function loadPlanStructure(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  reach: Reach,
  planId: string,
  opts: { withParents?: boolean } = {},
): Promise<PlanStructure> {
  const { db } = deps;
  const plan = await repo.findPlan(db, planId);
  if (!plan) throw new AppError('PLAN_NOT_FOUND', 'plan not found');
  const reachedRows = await repo.listItems(db, planId, reach);
  const visible = new Set(reachedRows.map((r) => r.id));
  const [rows, units, regions, indicators, reports, rounds, planRegionCode] = await Promise.all([
    opts.withParents && reach.kind !== 'all' ? withParents(db, planId, reachedRows) : reachedRows,
    unitsOfPlan(db, planId),
    repo.regionsOfPlan(db, planId),
    repo.indicatorsOfPlan(db, planId),
    reportsOfPlan(db, planId),
    repo.roundsOfPlan(db, planId),
    orgById(db, plan.org_id).then((o) => o?.region_code),
  ]);
  return {
    plan,
    today: shanghaiDate(deps.clock.now()),
    rows,
    visible,
    units: units.filter((u) => visible.has(u.item_id)),
    regions,
    indicators: indicators.filter((x) => visible.has(x.item_id)),
    reports: reports.filter((r) => visible.has(r.item_id)),
    rounds,
    planRegionCode: planRegionCode ?? '',
  };
}
