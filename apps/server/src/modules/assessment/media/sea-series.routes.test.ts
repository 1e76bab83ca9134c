import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { shanghaiDateStart } from '../../../platform/time-zone';
import { monitoringReads, storeReadings, type Reading } from '../../monitoring';

type SeaSeries = { items: { code: string; points: { parameter: string; periodStart: string; value: number }[] }[] };

describe.each(testDatabases())('GET /assessment/sea/series on $name', (db) => {
  let t: TestApp;
  let codes: string[];
  beforeAll(async () => {
    t = await createTestApp(db);
    const sea = await monitoringReads.listStations(t.deps.db, { kinds: ['sea'] });
    codes = sea.map((s) => s.code);
    // One survey day for the first two points: DIN and phosphate, mg/L.
    const readings: Reading[] = sea.slice(0, 2).flatMap((s, i) =>
      (['din', 'phosphate'] as const).map((parameter) => ({
        stationId: s.id,
        parameter,
        period: '1d' as const,
        periodStart: shanghaiDateStart('2026-05-10'),
        value: parameter === 'din' ? 0.3 + i : 0.02,
        valueText: String(parameter === 'din' ? 0.3 + i : 0.02),
        flag: 'N',
      })),
    );
    await storeReadings(t.deps.db, t.deps.clock, readings, 'import');
  });
  afterAll(() => t?.close());

  it("answers every sea point's daily values in one request", async () => {
    expect(codes.length).toBeGreaterThan(1);
    const analyst = await t.login('analyst');
    const res = await analyst.request('GET', '/api/v1/assessment/sea/series?from=2026-05-01&to=2026-05-31');
    expect(res.statusCode).toBe(200);
    const body = res.json() as SeaSeries;
    expect(body.items.map((i) => i.code)).toEqual(codes);
    const first = body.items[0]!;
    expect(first.points.map((p) => [p.parameter, p.periodStart, p.value])).toEqual([
      ['din', shanghaiDateStart('2026-05-10'), 0.3],
      ['phosphate', shanghaiDateStart('2026-05-10'), 0.02],
    ]);
    expect(body.items[1]!.points.find((p) => p.parameter === 'din')?.value).toBe(1.3);
    expect(body.items.slice(2).every((i) => i.points.length === 0)).toBe(true);
    // Outside the range: no values.
    const june = (
      await analyst.request('GET', '/api/v1/assessment/sea/series?from=2026-06-01&to=2026-06-30')
    ).json() as SeaSeries;
    expect(june.items.every((i) => i.points.length === 0)).toBe(true);
  });

  it('is closed to callers without assessment:read', async () => {
    const enterprise = await t.login('enterprise_demo');
    expect((await enterprise.request('GET', '/api/v1/assessment/sea/series')).statusCode).toBe(403);
  });
});
