import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplaintStats, ComplaintSummary } from '@ecocloud/contracts';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { findMetric } from '../../../platform/metrics/metric-registry';
import { seedDemo } from '../../../platform/demo/seed-demo';
import { sourcesModule } from '../../sources';
import { supervisionFactsOf } from '../../../platform/supervision/supervision-registry';

async function ok<T>(agent: Agent, url: string): Promise<T> {
  const res = await agent.request('GET', url);
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

describe.each(testDatabases())('complaints demo, map, statistics and supervision on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let nanning: Agent;

  beforeAll(async () => {
    t = await createTestApp(db);
    admin = await t.login('admin');
    nanning = await t.login('nanning_officer');
  });
  afterAll(() => t.close());

  it('seeds a year of reports across the province: kinds, duplicates, late ones, reviews, anonymous', async () => {
    const all = await ok<{ items: ComplaintSummary[]; total: number }>(admin, '/api/v1/complaints?pageSize=200');
    expect(all.total).toBe(320 + 24); // the year's reports and the central team's 交办件 batch DEMO-TS-01
    const rows = await t.deps.db
      .selectFrom('complaints')
      .select(['state', 'kind', 'anonymous', 'region_code'])
      .execute();
    const states = new Set(rows.map((r) => r.state));
    for (const s of ['received', 'accepted', 'answer_review', 'answered', 'merged', 'referred', 'reviewed'])
      expect(states).toContain(s);
    // The year's five kinds; the 交办件 batch adds solid waste and matters of other departments.
    expect(new Set(rows.map((r) => r.kind))).toEqual(
      new Set(['odour', 'noise', 'dust', 'water_colour', 'night_construction', 'waste', 'other']),
    );
    expect(rows.filter((r) => r.anonymous === 1).length).toBeGreaterThan(60);
    expect(new Set(rows.map((r) => r.region_code.slice(0, 4))).size).toBeGreaterThanOrEqual(10);
    expect((await ok<{ total: number }>(admin, '/api/v1/complaints?overdue=true')).total).toBeGreaterThan(0);
    // A city officer sees only the reports routed to its bureau (and below).
    const mine = await ok<{ items: ComplaintSummary[]; total: number }>(nanning, '/api/v1/complaints?pageSize=200');
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.total).toBeLessThan(all.total);
    expect(mine.items.every((c) => c.regionCode.startsWith('4501'))).toBe(true);
  });

  it('puts enterprises with three substantiated reports in 12 months on the special-supervision list', async () => {
    const stats = await ok<ComplaintStats>(admin, '/api/v1/complaints/stats?from=2026-01-01&to=2026-11-28');
    const flagged = stats.repeatEnterprises.filter((e) => e.specialSupervision);
    expect(flagged.length).toBeGreaterThanOrEqual(3);
    const today = t.deps.clock.now().toISOString().slice(0, 10);
    const facts = await supervisionFactsOf(
      t.deps,
      flagged.map((f) => f.enterpriseId),
      today,
    );
    for (const f of flagged)
      expect(facts.get(f.enterpriseId)?.find((x) => x.criterion === 'complaints')?.text).toMatch(/查实投诉举报\d+件/);
  });

  it('gives per-unit figures whose total adds up, a map by kind and month, and the work plan metrics', async () => {
    const stats = await ok<ComplaintStats>(admin, '/api/v1/complaints/stats?from=2025-12-01&to=2026-11-28');
    const sum = (k: 'received' | 'answered' | 'rated') => stats.rows.reduce((s, r) => s + r[k], 0);
    expect(stats.total.received).toBe(sum('received'));
    expect(stats.total.answered).toBe(sum('answered'));
    expect(stats.total.onTimeRate).toBeGreaterThan(50);
    expect(stats.total.onTimeRate).toBeLessThan(100);
    expect(stats.total.satisfactionRate).toBeGreaterThan(50);
    expect((await admin.request('GET', '/api/v1/complaints/stats?from=2026-02-01&to=2026-01-01')).statusCode).toBe(400);
    const map = await ok<{ points: { lon: number; lat: number }[]; byKind: { count: number }[] }>(
      admin,
      '/api/v1/complaints/map?from=2025-12-01&to=2026-11-28',
    );
    expect(map.points.length).toBeGreaterThan(100);
    for (const p of map.points) {
      expect(p.lon).toBeGreaterThan(104);
      expect(p.lat).toBeLessThan(27);
    }
    const onTime = await findMetric('complaints.answered_on_time_pct')!.read(t.deps, {
      regionCode: '450000',
      year: 2026,
      asOf: t.deps.clock.now(),
    });
    expect(onTime.value).toBeGreaterThan(50);
  });
});

describe.each(testDatabases())('complaints on an empty install on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db, { demo: false });
    // The platform's users and the register only: no report of the demo.
    await seedDemo(t.deps, [sourcesModule]);
  });
  afterAll(() => t.close());

  it('lists nothing, counts zero and still takes a report from the portal', async () => {
    const admin = await t.login('admin');
    expect((await ok<{ total: number }>(admin, '/api/v1/complaints')).total).toBe(0);
    const stats = await ok<ComplaintStats>(admin, '/api/v1/complaints/stats');
    expect(stats.total).toMatchObject({ received: 0, onTimeRate: null, satisfactionRate: null });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/complaints',
      payload: {
        kind: 'noise',
        description: '夜间施工噪声扰民',
        regionCode: '450100',
        address: '某路1号',
        reporter: null,
      },
    });
    expect(res.statusCode).toBe(201);
    expect((await ok<{ total: number }>(admin, '/api/v1/complaints')).total).toBe(1);
  });
});
