import type { AppDeps } from '../../app-deps';
import { loadCalendar } from '../../platform/deadlines';
import type { DemoSeeder } from '../../platform/demo/seed-demo';
import { DEFAULT_WEIGHTS } from './assessment-score';
import { DEMO_ITEMS_2024, DEMO_PLAN_2024, type DemoItem } from './demo-plan-2024';
import { insertItem } from './item-writer';
import { insertMonthlyRounds } from './progress.service';
import type { PlanRow } from './workplan.repository';

/** Loads the 2024 demo plan once (idempotent): needs the demo province's organisation tree. */
export const workplanDemoSeeder: DemoSeeder = {
  name: 'workplan',
  async seed(deps: AppDeps) {
    const { db, clock } = deps;
    const orgs = await db.selectFrom('orgs').select(['id', 'name', 'kind']).execute();
    const dept = orgs.find((o) => o.kind === 'province' && o.name === '广西壮族自治区生态环境厅');
    if (!dept) return;
    const exists = await db.selectFrom('workplan_plans').select('id').where('year', '=', DEMO_PLAN_2024.year).where('org_id', '=', dept.id).executeTakeFirst();
    if (exists) return;
    const idOf = (name: string) => {
      const org = orgs.find((o) => o.name === name);
      if (!org) throw new Error(`demo plan names an unknown organisation: ${name}`);
      return org.id;
    };
    const cal = await loadCalendar(db);
    await db.transaction().execute(async (trx) => {
      const now = clock.now().toISOString();
      const plan: PlanRow = { id: `demo-plan-${DEMO_PLAN_2024.year}`, year: DEMO_PLAN_2024.year, org_id: dept.id, title: DEMO_PLAN_2024.title, weights_json: JSON.stringify(DEFAULT_WEIGHTS), created_by: null, created_at: now, updated_at: now };
      await trx.insertInto('workplan_plans').values(plan).execute();
      // Tags flow down, as the importer does: a task under 蓝天保卫战 is an air task.
      const walk = async (items: DemoItem[], parentId: string | null, inherited: string[]): Promise<void> => {
        for (const d of items) {
          const row = await insertItem(trx, clock, plan, {
            parentId, kind: d.kind ?? (d.children?.some((c) => c.kind !== 'measure') ? 'section' : d.lead ? 'task' : 'section'), number: d.number ?? '', title: d.title, text: d.text ?? '',
            leadUnitIds: (d.lead ?? []).map(idOf), coUnitIds: (d.co ?? []).map(idOf), regionCodes: d.regions ?? [], tags: [...new Set([...inherited, ...(d.tags ?? [])])],
            startDate: d.start ?? (d.lead ? '2024-01-01' : null), deadline: d.deadline ?? null, milestones: d.milestones ?? [], indicators: d.indicators ?? [],
          }, null);
          await walk(d.children ?? [], row.id, [...new Set([...inherited, ...(d.tags ?? [])])]);
        }
      };
      await walk(DEMO_ITEMS_2024, null, []);
      await insertMonthlyRounds(trx, plan, 5, cal);
    });
  },
};
