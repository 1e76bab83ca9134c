import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplaintDetail, ComplaintSummary, PublicHandoverList } from '@ecocloud/contracts';
import { addCalendarDays } from '../../../platform/deadlines';
import { seedDemo } from '../../../platform/demo/seed-demo';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { complaintsModule, handoverBatchCounts } from '..';
import { rectificationModule } from '../../rectification';
import { DEMO_HANDOVER_BATCH } from './demo-handover';

type List = { items: ComplaintSummary[]; total: number };
type LedgerBatch = { id: string; complaintBatch: { received: number; answered: number; substantiated: number } };

describe.each(testDatabases())('the demo 交办件 batch DEMO-TS-01 on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let nanning: Agent;
  const ok = async <T>(agent: Agent, url: string) => {
    const res = await agent.request('GET', url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };
  const batchList = (agent: Agent) => ok<List>(agent, `/api/v1/complaints?pageSize=200&handoverBatch=DEMO-TS-01`);
  const ledgerCounts = async (agent: Agent) =>
    (await ok<{ items: LedgerBatch[] }>(agent, '/api/v1/rectification/batches')).items.find(
      (b) => b.id === 'rect-demo-central',
    )!.complaintBatch;

  beforeAll(async () => {
    t = await createTestApp(db, { demo: false });
    await seedDemo(t.deps, [complaintsModule, rectificationModule]);
    admin = await t.login('admin');
    nanning = await t.login('nanning_officer');
  }, 240_000);
  afterAll(() => t?.close());

  it('holds the batch the rectification demo links to, with possible counts', async () => {
    expect(DEMO_HANDOVER_BATCH).toBe('DEMO-TS-01');
    const counts = (await handoverBatchCounts(t.deps.db, null, [DEMO_HANDOVER_BATCH])).get(DEMO_HANDOVER_BATCH)!;
    expect(counts).toEqual({ received: 24, answered: 21, substantiated: 6 });
    expect(counts.received).toBeGreaterThanOrEqual(counts.answered);
    expect(counts.answered).toBeGreaterThanOrEqual(0);
    expect(counts.substantiated).toBeLessThanOrEqual(counts.answered);
    // The list filtered by the batch, the read and the ledger's batch page agree, in full and in a city's scope.
    const all = await batchList(admin);
    expect(all.total).toBe(counts.received);
    expect(all.items.every((c) => c.channel === 'handover' && c.handoverBatch === DEMO_HANDOVER_BATCH)).toBe(true);
    expect(await ledgerCounts(admin)).toMatchObject(counts);
    const city = await batchList(nanning);
    expect(city.total).toBeGreaterThan(0);
    expect(city.total).toBeLessThan(all.total);
    const cityCounts = await ledgerCounts(nanning);
    expect(cityCounts.received).toBe(city.total);
    expect(cityCounts.answered).toBeLessThanOrEqual(cityCounts.received);
  });

  it('came in during the team’s stay, before the year of ordinary reports, and is closed with one late answer', async () => {
    const today = t.deps.clock.now().toISOString().slice(0, 10);
    const { items } = await batchList(admin);
    const days = items.map((c) => c.receivedOn).sort();
    expect(days[0]! < days.at(-1)!).toBe(true);
    expect(days.at(-1)! < addCalendarDays(days[0]!, 31)).toBe(true); // a stay of a few weeks
    expect(days.at(-1)! < addCalendarDays(today, -365)).toBe(true);
    expect(new Set(items.map((c) => c.state))).toEqual(new Set(['answered', 'referred', 'merged']));
    expect(items.filter((c) => c.nextDue !== null)).toEqual([]);
    // The one answered after the handling period stays marked late.
    expect(items.filter((c) => c.overdue).map((c) => c.description)).toEqual(['选矿厂尾矿水排入河道，河水浑浊']);
    const details = await Promise.all(
      items.map((c) => ok<ComplaintDetail>(admin, `/api/v1/complaints/${encodeURIComponent(c.id)}`)),
    );
    const handling = details.flatMap((d) => d.clocks.filter((k) => k.code === 'HANDLING' && k.doneOn !== null));
    expect(handling).toHaveLength(21);
    expect(handling.filter((k) => !k.satisfied)).toHaveLength(1);
  });

  it('publishes its answers day by day on the portal', async () => {
    const rows = await t.deps.db
      .selectFrom('complaints')
      .select(['replied_on'])
      .where('handover_batch', '=', DEMO_HANDOVER_BATCH)
      .where('replied_on', 'is not', null)
      .execute();
    const perDay = new Map<string, number>();
    for (const r of rows) perDay.set(r.replied_on!, (perDay.get(r.replied_on!) ?? 0) + 1);
    expect(perDay.size).toBeGreaterThan(5);
    let published = 0;
    for (const [day, n] of perDay) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/public/complaints/handovers?batch=DEMO-TS-01&day=${day}`,
      });
      const list = res.json() as PublicHandoverList;
      expect(list.items).toHaveLength(n);
      expect(list.items.every((i) => i.repliedOn === day && i.publishedAnswer.length > 0)).toBe(true);
      published += n;
    }
    expect(published).toBe(21);
  });
});
