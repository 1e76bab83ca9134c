import type { AppDeps } from '../../../app-deps';
import { loadCalendar, shanghaiDate } from '../../../platform/deadlines';
import type { DemoSeeder } from '../../../platform/demo/seed-demo';
import { DEFAULT_WEIGHTS } from '../views/assessment-score';
import { DEMO_ITEMS_2024, DEMO_PLAN_2024, type DemoItem } from './demo-plan-2024';
import { seedDemoYear } from './demo-year';
import { insertItem } from '../plans/item-writer';
import { insertMonthlyRounds } from '../progress/rounds.service';
import { findPlanIdOf, insertPlan } from '../plans/plans.repository';
import { listOrgs } from '../../../platform/orgs/org-reads';
import type { PlanRow } from '../shared/workplan.repository';

/**
 * The same plan moved to another year: every date and every "2024" in the texts shifts, so the
 * current year's plan has live indicators that the demo's monitoring history can answer.
 */
function demoPlanForYear(year: number): { plan: { year: number; title: string }; items: DemoItem[] } {
  const moved = (text: string) => text.replaceAll(String(DEMO_PLAN_2024.year), String(year));
  return {
    plan: { year, title: moved(DEMO_PLAN_2024.title) },
    items: JSON.parse(moved(JSON.stringify(DEMO_ITEMS_2024))) as DemoItem[],
  };
}

/**
 * Loads the 2024 demo plan and, when the clock is past 2024, the same plan for the current year
 * (idempotent): needs the demo province's organisation tree. With demo history on
 * (ECOCLOUD_DEMO_HISTORY_DAYS > 0) each plan also gets its year of reports, reviews and notices up to now.
 */
export const workplanDemoSeeder: DemoSeeder = {
  name: 'workplan',
  async seed(deps: AppDeps) {
    const plans = [{ plan: DEMO_PLAN_2024, items: DEMO_ITEMS_2024 }];
    const year = Number(shanghaiDate(deps.clock.now()).slice(0, 4));
    if (year > DEMO_PLAN_2024.year) plans.push(demoPlanForYear(year));
    for (const { plan, items } of plans) {
      const planId = await seedPlan(deps, plan, items);
      if (planId && deps.config.demoHistoryDays > 0) await seedDemoYear(deps, planId);
    }
  },
};

/** Creates the plan unless it exists; the plan's id, or null without the demo's department. */
async function seedPlan(
  deps: AppDeps,
  demoPlan: { year: number; title: string },
  demoItems: DemoItem[],
): Promise<string | null> {
  const { db, clock } = deps;
  const orgs = await listOrgs(db);
  const dept = orgs.find((o) => o.kind === 'province' && o.name === '广西壮族自治区生态环境厅');
  if (!dept) return null;
  const exists = await findPlanIdOf(db, demoPlan.year, dept.id);
  if (exists) return exists.id;
  const idOf = (name: string) => {
    const org = orgs.find((o) => o.name === name);
    if (!org) throw new Error(`demo plan names an unknown organisation: ${name}`);
    return org.id;
  };
  const cal = await loadCalendar(db);
  const now = clock.now().toISOString();
  const plan: PlanRow = {
    id: `demo-plan-${demoPlan.year}`,
    year: demoPlan.year,
    org_id: dept.id,
    title: demoPlan.title,
    weights_json: JSON.stringify(DEFAULT_WEIGHTS),
    created_by: null,
    created_at: now,
    updated_at: now,
  };
  await db.transaction().execute(async (trx) => {
    await insertPlan(trx, plan);
    // Tags flow down, as the importer does: a task under 蓝天保卫战 is an air task.
    const walk = async (items: DemoItem[], parentId: string | null, inherited: string[]): Promise<void> => {
      for (const d of items) {
        const row = await insertItem(
          trx,
          clock,
          plan,
          {
            parentId,
            kind: d.kind ?? (d.children?.some((c) => c.kind !== 'measure') ? 'section' : d.lead ? 'task' : 'section'),
            number: d.number ?? '',
            title: d.title,
            text: d.text ?? '',
            leadUnitIds: (d.lead ?? []).map(idOf),
            coUnitIds: (d.co ?? []).map(idOf),
            regionCodes: d.regions ?? [],
            tags: [...new Set([...inherited, ...(d.tags ?? [])])],
            startDate: d.start ?? (d.lead ? `${demoPlan.year}-01-01` : null),
            deadline: d.deadline ?? null,
            milestones: d.milestones ?? [],
            indicators: d.indicators ?? [],
          },
          null,
        );
        await walk(d.children ?? [], row.id, [...new Set([...inherited, ...(d.tags ?? [])])]);
      }
    };
    await walk(demoItems, null, []);
    await insertMonthlyRounds(trx, plan, 5, cal);
  });
  return plan.id;
}
