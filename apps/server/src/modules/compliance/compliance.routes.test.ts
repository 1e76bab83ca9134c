import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceHour, EnterpriseCompliance, ExceedanceEvent } from '@ecocloud/contracts';
import { findMetric } from '../../platform/metrics/metric-registry';
import { createTestApp, orgIdOf, testDatabases, type Agent, type TestApp } from '../../test/harness';
import { storeReadings, type Reading } from '../monitoring';
import { HOUR_MS, judgeEndedHours, judgeRange } from './judge/judge.service';
import { outletWithLogger } from './test/compliance-fixtures';

const T0 = Date.parse('2026-11-20T00:00:00Z');
const O2_REF = 9; // GB 13271-2014 coal-fired boiler, what the outlet's standard and source type give
const LIMIT = 100;

type Minute = { so2: number | null; so2Flag?: string; o2: number; o2Flag?: string };

/** Minute readings of one hour at the station, one per minute and parameter. */
function hourOf(stationId: string, hour: number, minute: (m: number) => Minute): Reading[] {
  const out: Reading[] = [];
  for (let m = 0; m < 60; m++) {
    const v = minute(m);
    const periodStart = new Date(T0 + hour * HOUR_MS + m * 60_000).toISOString();
    const base = { stationId, period: '1m' as const, periodStart };
    out.push({
      ...base,
      parameter: 'so2',
      value: v.so2,
      valueText: v.so2 === null ? null : String(v.so2),
      flag: v.so2Flag ?? 'N',
    });
    out.push({ ...base, parameter: 'o2', value: v.o2, valueText: String(v.o2), flag: v.o2Flag ?? 'N' });
  }
  return out;
}

/** 折算 by hand: C × (21 − O2ref) / (21 − O2). */
const converted = (c: number, o2: number) => (c * (21 - O2_REF)) / (21 - o2);
const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

describe.each(testDatabases())('compliance judgement on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let nanningOfficer: Agent;
  let enterpriseUser: Agent;
  let guilin: Awaited<ReturnType<typeof outletWithLogger>>;
  let nanning: Awaited<ReturnType<typeof outletWithLogger>>;
  const range = (fromH: number, toH: number) =>
    `from=${new Date(T0 + fromH * HOUR_MS).toISOString()}&to=${new Date(T0 + toH * HOUR_MS).toISOString()}`;

  beforeAll(async () => {
    t = await createTestApp(db);
    t.clock.set(new Date(T0 + 10 * HOUR_MS).toISOString());
    admin = await t.login('admin');
    nanningOfficer = await t.login('nanning_officer');
    enterpriseUser = await t.login('enterprise_demo');
    guilin = await outletWithLogger(admin, { regionCode: '450300', limits: { so2: LIMIT } });
    nanning = await outletWithLogger(admin, {
      regionCode: '450103',
      limits: { so2: LIMIT },
      enterpriseOrgId: await orgIdOf(t.deps, '450103', 'enterprise'),
    });
    const s = guilin.stationId;
    const readings = [
      // hour 0: 45 valid minutes around 100 (O2 12 %) and 15 maintenance minutes at 1000 that must not count
      ...hourOf(s, 0, (m) => (m < 45 ? { so2: m % 2 ? 90 : 110, o2: 12 } : { so2: 1000, so2Flag: 'M', o2: 12 })),
      // hour 1: 44 valid minutes, 16 fault minutes: invalid, the event closes
      ...hourOf(s, 1, (m) => (m < 44 ? { so2: 300, o2: 12 } : { so2: 300, so2Flag: 'D', o2: 12 })),
      // hour 2: compliant after conversion (60 × 12 / 9 = 80)
      ...hourOf(s, 2, () => ({ so2: 60, o2: 12 })),
      // hours 3 and 4: one event of two hours
      ...hourOf(s, 3, () => ({ so2: 80, o2: 12 })),
      ...hourOf(s, 4, () => ({ so2: 120, o2: 10 })),
      // hour 5 below the limit
      ...hourOf(s, 5, () => ({ so2: 20, o2: 12 })),
      ...hourOf(nanning.stationId, 0, () => ({ so2: 200, o2: 9 })),
    ];
    await storeReadings(t.deps.db, t.deps.clock, readings, 'http');
  });
  afterAll(() => t?.close());

  const hours = async (agent: Agent, outletId: string, q: string) => {
    const res = await agent.request('GET', `/api/v1/compliance/outlets/${outletId}/hours?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: ComplianceHour[] }).items;
  };
  const events = async (agent: Agent, q: string) => {
    const res = await agent.request('GET', `/api/v1/compliance/exceedances?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: ExceedanceEvent[] }).items;
  };

  it('judges an hour of ≥ 45 valid minutes after 折算, leaving M-flagged minutes out, and opens an event', async () => {
    const s = await judgeRange(t.deps, { fromMs: T0, toMs: T0 + HOUR_MS, outletIds: [guilin.outletId] });
    expect(s).toMatchObject({ outlets: 1, hours: 1, exceededHours: 1 });
    const [h0] = await hours(admin, guilin.outletId, range(0, 1));
    const valid = Array.from({ length: 45 }, (_, m) => (m % 2 ? 90 : 110));
    const mean = valid.reduce((a, b) => a + b, 0) / valid.length;
    const expected = converted(mean, 12);
    expect(h0).toMatchObject({ pollutant: 'so2', validMinutes: 45, valid: true, mean: round(mean, 3), o2Mean: 12 });
    expect(h0!.converted).toBe(round(expected, 3));
    expect(h0).toMatchObject({ exceeded: true, limitValue: LIMIT, multiple: round((expected - LIMIT) / LIMIT, 2) });
    const [open] = await events(admin, `${range(0, 1)}&enterpriseId=${guilin.enterpriseId}`);
    expect(open).toMatchObject({ status: 'open', hours: 1, pollutant: 'so2', outletCode: 'DA001' });
  });

  it('finds 44 valid minutes (D excluded) invalid, closes the event and runs two exceeding hours into one', async () => {
    await judgeRange(t.deps, { fromMs: T0 + HOUR_MS, toMs: T0 + 6 * HOUR_MS, outletIds: [guilin.outletId] });
    const items = await hours(admin, guilin.outletId, range(0, 6));
    expect(items.map((h) => h.exceeded)).toEqual([true, null, false, true, true, false]);
    expect(items[1]).toMatchObject({ validMinutes: 44, valid: false, mean: null, note: 'HOUR_INVALID' });
    expect(items[2]!.converted).toBe(round(converted(60, 12), 3));
    const list = await events(admin, `${range(0, 6)}&enterpriseId=${guilin.enterpriseId}`);
    expect(list.map((e) => [e.status, e.hours])).toEqual([
      ['closed', 2],
      ['closed', 1],
    ]);
    const peak = Math.max(converted(80, 12), converted(120, 10));
    expect(list[0]).toMatchObject({
      start: new Date(T0 + 3 * HOUR_MS).toISOString(),
      end: new Date(T0 + 5 * HOUR_MS).toISOString(),
      peakConverted: round(peak, 3),
      peakMultiple: round((peak - LIMIT) / LIMIT, 2),
    });
    // judging the same range again replaces the hours and leaves the events as they were
    await judgeRange(t.deps, { fromMs: T0, toMs: T0 + 6 * HOUR_MS, outletIds: [guilin.outletId] });
    expect(await events(admin, `${range(0, 6)}&enterpriseId=${guilin.enterpriseId}`)).toEqual(list);
    const summary = await admin.request(
      'GET',
      `/api/v1/compliance/enterprises/${guilin.enterpriseId}/summary?${range(0, 6)}`,
    );
    expect(summary.json() as EnterpriseCompliance).toMatchObject({
      judgedHours: 6,
      validHours: 5,
      validHourRate: round((5 / 6) * 100, 1),
      exceedanceHours: 3,
    });
  });

  it("keeps a city officer and an enterprise user to their own outlets: another city's outlet is not found", async () => {
    await judgeRange(t.deps, { fromMs: T0, toMs: T0 + HOUR_MS, outletIds: [nanning.outletId] });
    for (const agent of [nanningOfficer, enterpriseUser]) {
      const res = await agent.request('GET', `/api/v1/compliance/outlets/${guilin.outletId}/hours?${range(0, 6)}`);
      expect([res.statusCode, res.json().error.code]).toEqual([404, 'OUTLET_NOT_FOUND']);
      const summary = await agent.request(
        'GET',
        `/api/v1/compliance/enterprises/${guilin.enterpriseId}/summary?${range(0, 6)}`,
      );
      expect(summary.statusCode).toBe(404);
      expect(await events(agent, `${range(0, 6)}&enterpriseId=${guilin.enterpriseId}`)).toEqual([]);
      const own = await events(agent, range(0, 6));
      expect(own.map((e) => e.outletId)).toEqual([nanning.outletId]);
      expect((await hours(agent, nanning.outletId, range(0, 1)))[0]).toMatchObject({ exceeded: true, converted: 200 });
    }
    const all = await events(admin, range(0, 6));
    expect(new Set(all.map((e) => e.outletId))).toEqual(new Set([guilin.outletId, nanning.outletId]));
  });

  it('publishes exceedance hours and the compliant share of key units’ outlets for the month', async () => {
    const q = { regionCode: '450000', year: 2026, asOf: new Date(T0 + 10 * HOUR_MS) };
    const exceeded = await findMetric('compliance.exceedance_hours_month')!.read(t.deps, q);
    expect(exceeded.value).toBe(4);
    const share = await findMetric('compliance.key_outlets_compliant_month_pct')!.read(t.deps, q);
    expect(share.value).toBe(0); // both judged outlets exceeded at least once
    const guilinOnly = await findMetric('compliance.exceedance_hours_month')!.read(t.deps, {
      ...q,
      regionCode: '450300',
    });
    expect(guilinOnly.value).toBe(3);
    const none = await findMetric('compliance.key_outlets_compliant_month_pct')!.read(t.deps, {
      ...q,
      regionCode: '451400',
    });
    expect(none.value).toBeNull();
  });

  it('the worker step judges the hours ended since the last judged one, and only those', async () => {
    t.clock.set(new Date(T0 + 8 * HOUR_MS + 5 * 60_000).toISOString());
    const s = await judgeEndedHours(t.deps);
    const judged = await hours(admin, guilin.outletId, range(0, 10));
    expect(judged.map((h) => h.hourStart).at(-1)).toBe(new Date(T0 + 7 * HOUR_MS).toISOString());
    expect(judged.slice(6).every((h) => h.validMinutes === 0 && !h.valid)).toBe(true);
    expect(s.hours).toBeGreaterThanOrEqual(2);
    expect((await judgeEndedHours(t.deps)).hours).toBe(0);
  });
});
