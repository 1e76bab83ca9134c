import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';

type Board = { items: { title: string; counts: Record<string, number> }[] };
type Score = { unitName: string; score: number; timeliness: number };
type Item = { id: string; title: string; kind: string; status: string };
type Report = { unitId: string; isLate: boolean; reviewState: string; comments: { text: string }[] };
type Notice = { itemTitle: string; state: string; unitId: string };

// The demo year is history: it is generated with the demo's history on (the test harness turns history off).
describe.each(testDatabases())('the demo plan lives its year on $name', (db) => {
  let t: TestApp;
  let leader: Agent;
  let plans: { id: string; year: number }[];

  beforeAll(async () => {
    t = await createTestApp(db, { env: { ECOCLOUD_DEMO_HISTORY_DAYS: '1' } });
    leader = await t.login('leader');
    plans = (await leader.request('GET', '/api/v1/workplan/plans')).json().items;
  }, 120_000);
  afterAll(() => t?.close());

  const planOf = (year: number) => plans.find((p) => p.year === year)!.id;

  it.each([2024, 2026])('the %i plan: unit scores vary and are not all 0', async (year) => {
    const scores = (await leader.request('GET', `/api/v1/workplan/plans/${planOf(year)}/assessment`)).json()
      .items as Score[];
    expect(scores.length).toBeGreaterThan(10);
    expect(scores.filter((s) => s.score === 0)).toEqual([]);
    expect(new Set(scores.map((s) => s.score)).size).toBeGreaterThan(4);
    expect(Math.min(...scores.map((s) => s.timeliness))).toBeLessThan(100);
  });

  it("the current year's board is a realistic mix: mostly on track or done, some at risk, a few overdue", async () => {
    const board = (await leader.request('GET', `/api/v1/workplan/plans/${planOf(2026)}/board`)).json() as Board;
    const counts: Record<string, number> = {};
    for (const row of board.items) for (const [s, n] of Object.entries(row.counts)) counts[s] = (counts[s] ?? 0) + n;
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(counts.at_risk).toBeGreaterThan(0);
    expect(counts.overdue).toBeGreaterThan(0);
    expect(counts.overdue!).toBeLessThan(total / 4);
    expect((counts.on_track ?? 0) + (counts.done ?? 0)).toBeGreaterThan(total / 2);
  });

  it('reports are filed only under responsible units, some late, most approved and a few returned; overdue items have answered notices', async () => {
    const items = (await leader.request('GET', `/api/v1/workplan/plans/${planOf(2026)}/items`)).json().items as Item[];
    const units = await t.deps.db.selectFrom('workplan_item_units').select(['item_id', 'org_id']).execute();
    const reports: Report[] = [];
    for (const item of items.filter((i) => i.kind !== 'section')) {
      const mine = (await leader.request('GET', `/api/v1/workplan/items/${item.id}/reports`)).json().items as Report[];
      for (const r of mine) expect(units.some((u) => u.item_id === item.id && u.org_id === r.unitId)).toBe(true);
      reports.push(...mine);
    }
    expect(reports.length).toBeGreaterThan(150);
    expect(reports.filter((r) => r.isLate).length).toBeGreaterThan(5);
    expect(reports.filter((r) => r.reviewState === 'approved').length).toBeGreaterThan(reports.length / 2);
    // A returned report keeps the leader's note after it is sent again.
    expect(
      reports.filter((r) => r.comments.some((c) => c.text.includes('重新报送') || c.text.includes('重报'))).length,
    ).toBeGreaterThan(3);
    const notices = (await leader.request('GET', '/api/v1/workplan/notices')).json().items as Notice[];
    const overdue = items.filter((i) => i.kind === 'task' && i.status === 'overdue');
    expect(overdue.length).toBeGreaterThan(0);
    for (const item of overdue)
      expect(notices.some((n) => n.itemTitle === item.title && n.state === 'replied')).toBe(true);
  });

  it('is the same year on every start with the same clock (seeded, not random)', async () => {
    const yearOf = async (app: TestApp) =>
      (
        await app.deps.db
          .selectFrom('workplan_reports as r')
          .innerJoin('workplan_items as i', 'i.id', 'r.item_id')
          .innerJoin('workplan_rounds as d', 'd.id', 'r.round_id')
          .innerJoin('orgs as o', 'o.id', 'r.unit_org_id')
          .select([
            'i.title',
            'd.label',
            'o.name',
            'r.percent',
            'r.is_late',
            'r.review_state',
            'r.submitted_at',
            'r.text',
          ])
          .execute()
      )
        .map((r) => JSON.stringify(r))
        .sort();
    const again = await createTestApp(db, { env: { ECOCLOUD_DEMO_HISTORY_DAYS: '1' } });
    try {
      expect(await yearOf(again)).toEqual(await yearOf(t));
    } finally {
      await again.close();
    }
  }, 120_000);

  it('seeding again adds nothing', async () => {
    const count = async () =>
      (
        await t.deps.db
          .selectFrom('workplan_reports')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = Number(await count());
    const { seedDemo } = await import('../../../platform/demo/seed-demo');
    const { MODULES } = await import('../../../modules');
    await seedDemo(t.deps, MODULES);
    expect(Number(await count())).toBe(before);
  });
});
