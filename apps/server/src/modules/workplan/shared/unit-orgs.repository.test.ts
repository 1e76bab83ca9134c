import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { listNotices, reportsOfPlan, unitsOfPlan, unitsWithOrgsOfItems } from './unit-orgs.repository';
import { createItem, createPlan } from './workplan.test-fixtures';

/*
 * The merged reads (work plan query + the platform's organisation lookup) give the rows and the order
 * the joins on `orgs` they replaced gave; the joins are kept here, in test code, as the reference.
 */
describe.each(testDatabases())('work plan reads with unit organisations on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let planId: string;
  const itemIds: string[] = [];

  beforeAll(async () => {
    // With the demo's history, so that there are reports and notices to compare.
    t = await createTestApp(db, { env: { ECOCLOUD_DEMO_HISTORY_DAYS: '1' } });
    admin = await t.login('admin');
    planId = await createPlan(t, admin, 2031);
    const orgs = await t.deps.db.selectFrom('orgs').select('id').orderBy('id').execute();
    // Several items, each with a few leads and co-leads, so that names repeat across items and roles.
    for (let k = 0; k < 4; k++) {
      const pick = orgs.filter((_, i) => (i + k) % 3 !== 0).map((o) => o.id);
      const item = await createItem(admin, planId, {
        title: `单位顺序${k}`,
        leadUnitIds: pick.slice(0, 3 + k),
        coUnitIds: pick.slice(3 + k, 9 + k),
      });
      itemIds.push(item.id);
    }
  }, 120_000);
  afterAll(() => t.close());

  it('lists a plan’s units leads first, then by name in code point order, as the join did', async () => {
    const joined = await t.deps.db
      .selectFrom('workplan_item_units as u')
      .innerJoin('workplan_items as i', 'i.id', 'u.item_id')
      .innerJoin('orgs as o', 'o.id', 'u.org_id')
      .select(['u.role', 'o.name'])
      .where('i.plan_id', '=', planId)
      .orderBy('u.role', 'desc')
      .orderBy('o.name')
      .execute();
    const merged = await unitsOfPlan(t.deps.db, planId);
    expect(merged.length).toBeGreaterThan(20);
    expect(merged.map((u) => [u.role, u.name])).toEqual(joined.map((u) => [u.role, u.name]));
    const names = merged.map((u) => u.name);
    expect(names.some((n, i) => i > 0 && n.localeCompare(names[i - 1]!, 'zh-CN') < 0)).toBe(true);
  });

  it('orders the units of items by region, then name, then id, as the join did', async () => {
    const joined = await t.deps.db
      .selectFrom('workplan_item_units as u')
      .innerJoin('orgs', 'orgs.id', 'u.org_id')
      .select(['u.item_id', 'u.role', 'orgs.id', 'orgs.name', 'orgs.path', 'orgs.region_code'])
      .where('u.item_id', 'in', itemIds)
      .orderBy('orgs.region_code')
      .orderBy('orgs.name')
      .orderBy('orgs.id')
      .orderBy('u.item_id')
      .execute();
    expect(await unitsWithOrgsOfItems(t.deps.db, itemIds)).toEqual(joined);
    expect(await unitsWithOrgsOfItems(t.deps.db, [])).toEqual([]);
  });

  it('names the unit of each report and notice, oldest first, as the joins did', async () => {
    const plans = await t.deps.db.selectFrom('workplan_plans').select('id').execute();
    let seen = 0;
    for (const { id } of plans) {
      const joined = await t.deps.db
        .selectFrom('workplan_reports as r')
        .innerJoin('workplan_rounds as d', 'd.id', 'r.round_id')
        .innerJoin('orgs as o', 'o.id', 'r.unit_org_id')
        .select(['r.id', 'o.name as unit_name'])
        .where('d.plan_id', '=', id)
        .orderBy('r.submitted_at')
        .orderBy('r.id')
        .execute();
      const merged = await reportsOfPlan(t.deps.db, id);
      expect(merged.map((r) => ({ id: r.id, unit_name: r.unit_name })).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
        [...joined].sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
      expect(merged.map((r) => r.submitted_at)).toEqual([...merged.map((r) => r.submitted_at)].sort());
      seen += merged.length;
    }
    const notices = await listNotices(t.deps.db, { kind: 'all' }, {});
    const noticeNames = await t.deps.db
      .selectFrom('workplan_notices as n')
      .innerJoin('orgs as o', 'o.id', 'n.unit_org_id')
      .select(['n.id', 'o.name'])
      .execute();
    const nameOf = new Map(noticeNames.map((n) => [n.id, n.name]));
    expect(notices.length).toBe(noticeNames.length);
    for (const n of notices) expect(n.unit_name).toBe(nameOf.get(n.id));
    expect(seen).toBeGreaterThan(10);
    expect(notices.length).toBeGreaterThan(0);
  });
});
