import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';

type Card = {
  itemId: string;
  kind: string;
  status: string;
  context: boolean;
  progress: number | null;
  leadUnits: string[];
  nextDeadline: string | null;
  indicators: { id: string; name: string; target: number; value: number | null; track: string }[];
  tasks: { itemId: string; title: string }[];
  taskCount: number;
};
type Row = {
  itemId: string;
  number: string;
  title: string;
  total: number;
  counts: Record<string, number>;
  cards: Card[];
};
type ItemView = {
  id: string;
  parentId: string | null;
  kind: string;
  title: string;
  number: string;
  context?: boolean;
  doneAt: string | null;
  lastPercent: number | null;
  deadline: string | null;
  milestones: { date: string }[];
  units: { orgName: string; role: string }[];
  indicators: { id: string; target: number; latest?: { value: number | null } }[];
};

describe.each(testDatabases())('work plan board by role on $name (the 2024 demo plan)', (db) => {
  let t: TestApp;
  let planId: string;

  beforeAll(async () => {
    t = await createTestApp(db);
    const admin = await t.login('admin');
    const plans = (await admin.request('GET', '/api/v1/workplan/plans')).json().items as { id: string; year: number }[];
    planId = plans.find((p) => p.year === 2024)!.id;
  });
  afterAll(() => t?.close());

  const boardOf = async (agent: Agent) => {
    const board = (await agent.request('GET', `/api/v1/workplan/plans/${planId}/board`)).json().items as Row[];
    const items = (await agent.request('GET', `/api/v1/workplan/plans/${planId}/items`)).json().items as ItemView[];
    return { board, items };
  };
  /** The cards a row shows: a section's children (as the web draws them). */
  const cardsOf = (row: Row, items: ItemView[]) => items.filter((i) => i.parentId === row.itemId);

  it('every row counts exactly the cards it shows, and a heading with nothing below (一、总体要求) is left out', async () => {
    const { board, items } = await boardOf(await t.login('admin'));
    expect(board.map((r) => r.title)).not.toContain('总体要求');
    for (const row of board) {
      expect(row.total).toBe(cardsOf(row, items).length);
      expect(Object.values(row.counts).reduce((a, b) => a + b, 0)).toBe(row.total);
    }
    expect(board.find((r) => r.title === '13项重点工作')!.total).toBe(13);
  });

  it('a division officer sees the item its division leads, under its headings (marked as context)', async () => {
    const { board, items } = await boardOf(await t.login('air_officer'));
    const led = items.find((i) => i.title === 'PM2.5与臭氧协同控制')!;
    expect(led.context).toBeUndefined();
    const section = items.find((i) => i.id === led.parentId)!;
    expect(section).toMatchObject({ title: '蓝天保卫战', context: true });
    const row = board.find((r) => r.itemId === section.parentId)!;
    expect(row).toMatchObject({ title: '13项重点工作', total: 1 });
    expect(cardsOf(row, items).map((i) => i.title)).toEqual(['蓝天保卫战']);
    // Only the division's own items are in reach; parents are context only.
    expect(
      items
        .filter((i) => !i.context)
        .map((i) => i.title)
        .sort(),
    ).toEqual(['PM2.5与臭氧协同控制', '钢铁水泥超低排放改造', '柴油货车抽查'].sort());
    const air = await t.login('air_officer');
    const parent = await air.request('GET', `/api/v1/workplan/items/${section.id}`);
    expect(parent.statusCode).toBe(200);
    expect(parent.json().context).toBe(true);
    const admin = await t.login('admin');
    const other = (await admin.request('GET', `/api/v1/workplan/plans/${planId}/items`))
      .json()
      .items.find((i: ItemView) => i.title === '排污许可动态更新');
    expect((await air.request('GET', `/api/v1/workplan/items/${other.id}`)).statusCode).toBe(404);
  });

  it('a city officer sees every item its bureau leads or co-leads, with its headings, and counts match', async () => {
    const { board, items } = await boardOf(await t.login('nanning_officer'));
    const reached = items.filter((i) => !i.context).map((i) => i.title);
    expect(reached).toEqual(expect.arrayContaining(['督察反馈问题整改', 'PM2.5与臭氧协同控制', '农村生活污水治理']));
    expect(reached).not.toContain('湾长制规范化建设');
    expect(board.map((r) => r.title)).toEqual(['“三个一”重大任务', '13项重点工作']);
    for (const row of board) expect(row.total).toBe(cardsOf(row, items).length);
  });

  // Issue #14: a card shows progress, lead unit, next deadline and its indicator against target,
  // all from the board request; checked here against the items endpoint, computed independently.
  it('each card carries progress, lead units, next deadline and indicators, as the items say', async () => {
    for (const user of ['admin', 'air_officer']) {
      const { board, items } = await boardOf(await t.login(user));
      const today = new Date(t.clock.now().getTime() + 8 * 3600_000).toISOString().slice(0, 10);
      for (const row of board) {
        expect(row.cards.map((c) => c.itemId)).toEqual(cardsOf(row, items).map((i) => i.id));
        for (const card of row.cards) {
          const item = items.find((i) => i.id === card.itemId)!;
          const below = (id: string): ItemView[] =>
            items
              .filter((i) => i.parentId === id)
              .flatMap((i) => (i.kind === 'section' ? below(i.id) : i.kind === 'task' && !i.context ? [i] : []));
          const tasks = item.kind === 'section' ? below(item.id) : [];
          const pct = (i: ItemView) => (i.doneAt ? 100 : (i.lastPercent ?? 0));
          const progress =
            item.kind === 'section'
              ? tasks.length
                ? Math.round(tasks.map(pct).reduce((a, b) => a + b, 0) / tasks.length)
                : null
              : pct(item);
          expect(card.progress).toBe(progress);
          expect(card.taskCount).toBe(tasks.length);
          const leadsOf = (i: ItemView) => i.units.filter((u) => u.role === 'lead').map((u) => u.orgName);
          expect(card.leadUnits).toEqual(leadsOf(item).length ? leadsOf(item) : [...new Set(tasks.flatMap(leadsOf))]);
          const covered = [...(item.kind === 'section' && item.context ? [] : [item]), ...tasks].filter(
            (i) => !i.doneAt,
          );
          const dates = covered
            .flatMap((i) => [i.deadline, ...i.milestones.map((m) => m.date)])
            .filter((d): d is string => d !== null)
            .sort();
          expect(card.nextDeadline).toBe(dates.find((d) => d >= today) ?? dates.at(-1) ?? null);
          const inds = [...(item.kind === 'section' && item.context ? [] : [item]), ...tasks]
            .flatMap((i) => i.indicators)
            .slice(0, 3);
          expect(card.indicators.map((x) => [x.id, x.target, x.value])).toEqual(
            inds.map((x) => [x.id, x.target, x.latest?.value ?? null]),
          );
        }
      }
    }
    const air = (await boardOf(await t.login('air_officer'))).board
      .flatMap((r) => r.cards)
      .find((c) => c.tasks.some((x) => x.title === 'PM2.5与臭氧协同控制'))!;
    expect(air.leadUnits.length).toBeGreaterThan(0);
    expect(air.nextDeadline).not.toBeNull();
    expect(air.indicators.length).toBeGreaterThan(0);
  });
});
