import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedDemo } from '../../../platform/demo/seed-demo';
import { findMetric } from '../../../platform/metrics/metric-registry';
import { createTestApp, orgIdOf, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { createItem, createPlan } from '../shared/workplan.test-fixtures';

type Preview = {
  metric: { key: string; name: string; unit: string; direction: string; group: string; groupName: string };
  regionCode: string;
  year: number;
  current: { value: number | null; asOf: string | null; forecast: unknown; note: string | null };
  trajectory: { month: string; asOf: string; value: number | null }[];
  baseline: { asOf: string; value: number | null } | null;
};
type ListedMetric = { key: string; name: string; nameEn: string; unit: string; group: string; groupName: string };

const preview = (agent: Agent, key: string, query = '') =>
  agent.request('GET', `/api/v1/workplan/metrics/${encodeURIComponent(key)}/preview${query}`);

// The harness clock stands on 2026-11-28 (Shanghai): January to November, November read now.
const MONTHS_2026 = Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

describe.each(testDatabases())('work plan metric preview on $name (no demo data)', (db) => {
  let t: TestApp;
  let admin: Agent;
  let nanning: string;
  let batchId: string;

  /** A rectification problem of Nanning, due on `deadline`; `accepted` runs it to self-acceptance (done). */
  const problem = async (itemNo: string, deadline: string, accepted = false) => {
    const res = await admin.request('POST', '/api/v1/rectification/problems', {
      batchId,
      itemNo,
      problem: `测试问题 ${itemNo}`,
      regionCode: '450100',
      leadOrgId: nanning,
      acceptanceUnit: '南宁市人民政府',
      target: '断面水质达到Ⅲ类',
      measures: ['截污'],
      deadline,
      horizon: 'short',
    });
    expect(res.statusCode, res.body).toBe(201);
    if (!accepted) return;
    const id = res.json().id as string;
    for (const body of [
      { step: 'start', date: '2026-02-01' },
      { step: 'complete', date: '2026-03-01' },
      { step: 'self_accept', date: '2026-03-02', unit: '南宁市人民政府' },
    ]) {
      const step = await admin.request('POST', `/api/v1/rectification/problems/${id}/steps`, body);
      expect(step.statusCode, step.body).toBe(200);
    }
  };

  beforeAll(async () => {
    t = await createTestApp(db, { demo: false });
    await seedDemo(t.deps, []); // organisations, regions and one user per role; no module's demo data
    admin = await t.login('admin');
    nanning = await orgIdOf(t.deps, '450100');
    const batch = await admin.request('POST', '/api/v1/rectification/batches', {
      kind: 'special',
      name: '测试专项督察',
      feedbackDate: '2026-01-10',
    });
    expect(batch.statusCode, batch.body).toBe(201);
    batchId = batch.json().id;
    await problem('T1', '2026-06-30', true);
    await problem('T2', '2026-09-15');
  }, 240_000);
  afterAll(() => t?.close());

  it('lists every metric with a Chinese name and a known group label, grouped for the picker', async () => {
    const res = await admin.request('GET', '/api/v1/workplan/metrics');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as ListedMetric[];
    const groups = [...new Set(items.map((m) => m.group))];
    expect(groups).toEqual(['air', 'water', 'sources', 'compliance', 'enforcement', 'complaints', 'rectification']);
    for (const m of items) {
      expect(m.name, m.key).toMatch(/[\u4e00-\u9fff]/);
      expect(m.groupName, m.key).toMatch(/[\u4e00-\u9fff]/);
      expect(m.groupName, m.key).not.toBe('其他');
      expect(m.nameEn, m.key).not.toBe('');
    }
    expect(items.map((m) => m.key)).toEqual(
      expect.arrayContaining(['air.pm25_annual_mean', 'sources.permits_expiring_90d', 'rectification.due_done_pct']),
    );
  });

  it('reads a metric at each month end up to today, the current month as today’s reading, and last year’s end', async () => {
    const res = await preview(admin, 'rectification.problems_due', '?regionCode=450100&year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json() as Preview;
    expect(p.metric).toMatchObject({ name: '督察整改问题到期数', unit: '个', group: 'rectification' });
    expect(p.trajectory.map((x) => x.month)).toEqual(MONTHS_2026);
    expect(p.trajectory[5]!.asOf).toBe('2026-06-30T15:59:59.999Z');
    expect(p.trajectory.at(-1)!.asOf).toBe(t.clock.now().toISOString());
    // T1 falls due at the end of June, T2 in September.
    expect(p.trajectory.map((x) => x.value)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2]);
    expect(p.current.value).toBe(2);
    expect(p.baseline).toEqual({ asOf: '2025-12-31T15:59:59.999Z', value: 0 });

    const rate = (await preview(admin, 'rectification.due_done_pct', '?regionCode=450100&year=2026')).json() as Preview;
    // Nothing due before June: no rate (null), not 0 or 100; then T1 done of 1, then of 2.
    expect(rate.trajectory.map((x) => x.value)).toEqual([null, null, null, null, null, 100, 100, 100, 50, 50, 50]);
    expect(rate.current).toMatchObject({ value: 50, forecast: null });
  });

  it('every metric answers possible figures over the year: no share above 100 %, no negative value', async () => {
    const items = (await admin.request('GET', '/api/v1/workplan/metrics')).json().items as ListedMetric[];
    for (const m of items) {
      const res = await preview(admin, m.key, '?regionCode=450000&year=2026');
      expect(res.statusCode, `${m.key}: ${res.body}`).toBe(200);
      const p = res.json() as Preview;
      expect(p.trajectory).toHaveLength(MONTHS_2026.length);
      const values = [p.current.value, ...p.trajectory.map((x) => x.value)].filter((v) => v !== null);
      for (const v of values) {
        expect(v, m.key).toBeGreaterThanOrEqual(0);
        if (m.unit === '%') expect(v, m.key).toBeLessThanOrEqual(100);
      }
    }
  }, 120_000);

  it('bounds the work: at most 13 reads, a past year without the baseline', async () => {
    const metric = findMetric('rectification.problems_overdue')!;
    const read = vi.spyOn(metric, 'read');
    try {
      const thisYear = (await preview(admin, metric.key, '?regionCode=450100&year=2026')).json() as Preview;
      expect(read).toHaveBeenCalledTimes(12); // now, January–October, the end of 2025
      expect(thisYear.baseline).not.toBeNull();
      read.mockClear();
      const past = (await preview(admin, metric.key, '?regionCode=450100&year=2025')).json() as Preview;
      expect(read).toHaveBeenCalledTimes(13); // now and the twelve month ends
      expect(past.trajectory).toHaveLength(12);
      expect(past.trajectory.at(-1)!.asOf).toBe('2025-12-31T15:59:59.999Z');
      expect(past.baseline).toBeNull();
      read.mockClear();
      const next = (await preview(admin, metric.key, '?regionCode=450100&year=2027')).json() as Preview;
      expect(read).toHaveBeenCalledTimes(1);
      expect(next).toMatchObject({ trajectory: [], baseline: null });
    } finally {
      read.mockRestore();
    }
  });

  it('previews only regions in the caller’s scope (default: its own) and refuses unknown metrics and regions', async () => {
    const city = await t.login('nanning_officer');
    const own = await preview(city, 'rectification.problems_due', '?year=2026');
    expect(own.statusCode, own.body).toBe(200);
    expect((own.json() as Preview).regionCode).toBe('450100');
    const other = await preview(city, 'rectification.problems_due', '?regionCode=450200');
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('REGION_NOT_FOUND');
    const province = await preview(city, 'rectification.problems_due', '?regionCode=450000');
    expect(province.statusCode).toBe(404);

    const unknown = await preview(admin, 'rectification.no_such_metric', '?regionCode=450100');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('METRIC_NOT_FOUND');
    expect((await preview(admin, 'rectification.problems_due', '?regionCode=459999')).json().error.code).toBe(
      'REGION_NOT_FOUND',
    );
    const malformed = await preview(admin, 'rectification.problems_due', '?regionCode=nanning');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details[0].path).toBe('querystring.regionCode');
    expect((await preview(await t.login('enterprise_demo'), 'rectification.problems_due')).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/workplan/metrics/rectification.problems_due/preview' }))
        .statusCode,
    ).toBe(401);
  });

  it('a live indicator follows its metric without any report', async () => {
    const planId = await createPlan(t, admin, 2026);
    const item = await createItem(admin, planId, {
      title: '推进督察整改',
      indicators: [
        {
          name: '督察整改问题到期数',
          unit: '个',
          direction: 'at_least',
          target: 3,
          source: 'live',
          metricKey: 'rectification.problems_due',
          metricParams: { regionCode: '450100' },
        },
      ],
    });
    const latest = async () =>
      (
        (await admin.request('GET', `/api/v1/workplan/items/${item.id}`)).json().indicators[0].latest as {
          value: number | null;
        }
      ).value;
    expect(await latest()).toBe(2);
    await problem('T3', '2026-03-31');
    expect(await latest()).toBe(3);
    const reports = await t.deps.db.selectFrom('workplan_reports').select('id').execute();
    expect(reports).toEqual([]);
  });
});
