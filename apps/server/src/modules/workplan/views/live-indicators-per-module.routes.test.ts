import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMetric } from '../../../platform/metrics/metric-registry';
import { regionPrefix } from '../../../platform/regions';
import { createTestApp, orgIdOf, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { loadAirNetwork } from '../../assessment/air/air-evaluation.service';
import { regionFigures } from '../../complaints/learning/learning.service';
import { judgeRange } from '../../compliance/judge/judge.service';
import { minutesOf, outletOfKind } from '../../compliance/test/judge-fixtures';
import { processDirtyRollups, storeReadings } from '../../monitoring';
import { createEnterprise } from '../../sources/test/sources-fixtures';
import { createItem, createPlan } from '../shared/workplan.test-fixtures';

/**
 * Issue #20: "a live indicator following a metric of each module". For one metric of every module that
 * publishes some, an indicator bound on a plan item shows what the registry answers, moves when the
 * module's data change through that module's own API (or its service where none exists), and is a
 * possible figure — with no progress report filed. The harness seeds the demo (registers, cases,
 * complaints, rectification ledger) without history, so counts start where the demo leaves them: the
 * checks are on the change.
 */

const YEAR = 2026;
/** The harness clock: Saturday 2026-11-28, 10:00 in Shanghai. */
const NOW = '2026-11-28T02:00:00Z';
const HOUR = 3_600_000;

async function ok<T = Record<string, unknown>>(agent: Agent, method: string, url: string, body?: unknown) {
  const res = await agent.request(method, url, body);
  if (res.statusCode !== 200 && res.statusCode !== 201)
    throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

/** A share in per cent with one decimal, half to even, from whole numbers (exact, as the modules round). */
function percentHalfEven(part: number, whole: number): number {
  const n = part * 1000;
  const q = Math.floor(n / whole);
  const twice = 2 * (n - q * whole);
  return (twice > whole || (twice === whole && q % 2 === 1) ? q + 1 : q) / 10;
}

describe.each(testDatabases())('a live indicator follows a metric of each module on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let planId: string;

  /**
   * An item of the plan with one live indicator bound through the API to `metricKey` for `regionCode`;
   * `value()` reads it back as the views do (the item page and the plan's item list) and checks it
   * against the registry's own reading at the same instant and for a possible figure (a count ≥ 0, a
   * share within 0–100).
   */
  async function bind(metricKey: string, regionCode: string) {
    const metric = findMetric(metricKey);
    if (!metric) throw new Error(`${metricKey} is not published`);
    const item = await createItem(admin, planId, { title: `跟踪${metric.name}` });
    const indicator = await ok<{ id: string }>(admin, 'POST', `/api/v1/workplan/items/${item.id}/indicators`, {
      name: metric.name,
      unit: metric.unit,
      direction: metric.direction,
      target: 0,
      source: 'live',
      metricKey,
      metricParams: { regionCode },
    });
    type Shown = { id: string; indicators: { id: string; latest: { value: number | null } }[] };
    const latestOf = (i: Shown) => i.indicators.find((x) => x.id === indicator.id)!.latest.value;
    const value = async (): Promise<number | null> => {
      const latest = latestOf(await ok<Shown>(admin, 'GET', `/api/v1/workplan/items/${item.id}`));
      // The plan's item list reads the same metric on its own request: the same figure.
      const list = await ok<{ items: Shown[] }>(admin, 'GET', `/api/v1/workplan/plans/${planId}/items`);
      expect(latestOf(list.items.find((i) => i.id === item.id)!), metricKey).toBe(latest);
      const read = await metric.read(t.deps, { regionCode, year: YEAR, asOf: t.clock.now() });
      expect(latest, metricKey).toBe(read.value);
      if (latest !== null) {
        expect(latest, metricKey).toBeGreaterThanOrEqual(0);
        if (metric.unit === '%') expect(latest, metricKey).toBeLessThanOrEqual(100);
        else expect(Number.isInteger(latest), metricKey).toBe(true);
      }
      return latest;
    };
    const reports = () =>
      t.deps.db.selectFrom('workplan_reports').select('id').where('item_id', '=', item.id).execute();
    return { value, reports };
  }

  beforeAll(async () => {
    t = await createTestApp(db);
    admin = await t.login('admin');
    // The demo holds the department's plan of the year: this one is the Nanning bureau's.
    planId = await createPlan(t, admin, YEAR, '南宁市生态环境局');
  }, 120_000);
  afterAll(() => t?.close());

  it('assessment: the good-day ratio follows the daily air data stored through monitoring', async () => {
    const live = await bind('air.good_day_ratio', '450100');
    // Demo history is off in the harness: no air data this year yet, so no ratio (not 0 or 100).
    expect(await live.value()).toBeNull();
    const analyst = await t.login('analyst');
    // Nanning's evaluation stations (the network of the prefix 4501 is Nanning's alone).
    const network = await loadAirNetwork(t.deps.db, regionPrefix('450100'));
    const stations = network.stations.filter((s) => network.cities[0]!.stationIds.includes(s.id));
    expect(stations.length).toBeGreaterThan(0);
    // Every Nanning station reports a whole day (HJ 663 daily statistics); PM2.5 decides the class.
    const day = async (date: string, pm25: number) => {
      const values = { so2: 10, no2: 20, co: 1.0, pm10: 50, pm2_5: pm25, o3_8h_max: 100, o3_1h_max: 120 };
      const readings = stations.flatMap((s) =>
        Object.entries(values).map(([parameter, value]) => ({
          station: s.code,
          parameter,
          period: '1d',
          time: `${date}T00:00:00+08:00`,
          value,
          flag: 'N',
        })),
      );
      const res = await ok<{ stored: number; errors: unknown[] }>(analyst, 'POST', '/api/v1/observations', {
        readings,
      });
      expect(res).toEqual({ stored: readings.length, errors: [] });
      while ((await processDirtyRollups(t.deps.db, t.deps.clock, 500)) > 0); // the rollup worker's pass
    };
    await day(`${YEAR}-11-20`, 35); // AQI 50: good
    expect(await live.value()).toBe(100);
    await day(`${YEAR}-11-21`, 160); // PM2.5 IAQI 210: heavily polluted
    expect(await live.value()).toBe(50);
    expect(await live.reports()).toEqual([]);
  });

  it('sources: permits expiring within 90 days follow the permits added to the register', async () => {
    const live = await bind('sources.permits_expiring_90d', '450100');
    const before = (await live.value())!;
    const permit = async (validTo: string) => {
      const enterprise = await createEnterprise(admin, { regionCode: '450103' });
      await ok(admin, 'POST', `/api/v1/sources/enterprises/${enterprise.id}/permits`, {
        permitNo: `LIVE-${enterprise.uscc}`,
        category: 'key',
        validFrom: '2022-03-01',
        validTo,
      });
    };
    await permit(`${YEAR + 1}-01-10`); // 43 days ahead
    expect(await live.value()).toBe(before + 1);
    await permit(`${YEAR + 1}-06-30`); // beyond 90 days: not counted
    expect(await live.value()).toBe(before + 1);
    expect(await live.reports()).toEqual([]);
  });

  it('compliance: this month’s exceedance hours follow the outlet data judged against the permit', async () => {
    const live = await bind('compliance.exceedance_hours_month', '450100');
    const before = (await live.value())!;
    const outlet = await outletOfKind(admin, {
      regionCode: '450103',
      kind: 'gas',
      parameters: ['so2'],
      limits: [{ pollutant: 'so2', value: 100 }],
    });
    // 08:00–10:00 in Shanghai today, both hours ended: SO2 150 (above 100) in the first, 50 in the second.
    const from = Date.parse(`${YEAR}-11-28T00:00:00Z`);
    await storeReadings(
      t.deps.db,
      t.deps.clock,
      minutesOf(outlet.stationId, from, 2, (h) => ({ so2: h === 0 ? 150 : 50 })),
      'http',
    );
    expect(await live.value()).toBe(before); // stored, not judged yet
    const judged = await judgeRange(t.deps, { fromMs: from, toMs: from + 2 * HOUR, outletIds: [outlet.outletId] });
    expect(judged).toMatchObject({ hours: 2, exceededHours: 1 });
    expect(await live.value()).toBe(before + 1);
    // "This month" is the clock's: on 1 December nothing is judged yet (no data lies past the clock).
    // Three days on, the session has lapsed: log in again then, and again back on today.
    t.clock.set(`${YEAR}-12-01T02:00:00Z`);
    try {
      admin = await t.login('admin');
      expect(await live.value()).toBe(0);
    } finally {
      t.clock.set(NOW);
      admin = await t.login('admin');
    }
    expect(await live.reports()).toEqual([]);
  });

  it('enforcement: this year’s decisions follow a case run to its decision', async () => {
    const live = await bind('enforcement.cases_decided_year', '450100');
    const before = (await live.value())!;
    const enterprise = await createEnterprise(admin, { regionCode: '450103' });
    const c = await ok<{ id: string }>(admin, 'POST', '/api/v1/enforcement/cases', {
      enterpriseId: enterprise.id,
      title: '超许可浓度排放废水',
      violation: 'water_exceed_permit',
      actDate: `${YEAR}-10-20`,
      leadFoundOn: `${YEAR}-11-02`,
    });
    const step = (body: Record<string, unknown>) => ok(admin, 'POST', `/api/v1/enforcement/cases/${c.id}/events`, body);
    await step({ kind: 'filed', date: `${YEAR}-11-05` });
    await ok(admin, 'POST', `/api/v1/enforcement/cases/${c.id}/penalty`, {
      table: '2.7.2',
      inputs: {
        pollutant_count: '2',
        pollutant_class: 'B',
        area: 'general',
        daily_volume_t: '120',
        exceed_multiple: '4',
        repeats_2y: '1',
      },
    });
    await step({ kind: 'findings', date: `${YEAR}-11-06` });
    await step({ kind: 'notice_sent', date: `${YEAR}-11-06`, hearingRight: false });
    expect(await live.value()).toBe(before); // filed and noticed, not decided
    await step({ kind: 'decided', date: `${YEAR}-11-20` });
    expect(await live.value()).toBe(before + 1);
    expect(await live.reports()).toEqual([]);
  });

  it('complaints: the on-time answer rate follows the answers approved', async () => {
    const live = await bind('complaints.answered_on_time_pct', '450100');
    const nanning = await t.login('nanning_officer');
    const leader = await t.login('leader');
    const f0 = await regionFigures(t.deps, '450100', `${YEAR}-01-01`, `${YEAR}-11-28`);
    const before = await live.value();
    expect(before).toBe(f0.onTimeRate);
    /** A report of Nanning filed on the portal and accepted on the day the clock stands at. */
    const accepted = async (day: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/public/complaints',
        payload: {
          kind: 'odour',
          description: '夜间闻到刺鼻的化工气味',
          regionCode: '450100',
          address: '南宁市西乡塘区测试路88号',
          occurredOn: day,
          reporter: { name: '韦秀英', phone: '13977771234' },
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      const code = (res.json() as { trackingCode: string }).trackingCode;
      const id = (await ok<{ items: { id: string }[] }>(nanning, 'GET', `/api/v1/complaints?q=${code}`)).items[0]!.id;
      await ok(nanning, 'POST', `/api/v1/complaints/${id}/actions`, { kind: 'accept', classification: 'violation' });
      return id;
    };
    const answer = async (id: string) => {
      await ok(nanning, 'POST', `/api/v1/complaints/${id}/actions`, {
        kind: 'draft_answer',
        answer: '经现场核查，已责令整改。',
        substantiated: true,
      });
      await ok(leader, 'POST', `/api/v1/complaints/${id}/actions`, { kind: 'approve_answer' });
    };
    // Accepted in August and answered today: past the 60 days (信访工作条例 §34), late.
    t.clock.set(`${YEAR}-08-03T02:00:00Z`);
    let late: string;
    try {
      late = await accepted(`${YEAR}-08-01`);
    } finally {
      t.clock.set(NOW);
    }
    const onTime = await accepted(`${YEAR}-11-27`);
    expect(await live.value()).toBe(before); // accepted, not answered
    await answer(onTime);
    expect(await live.value()).toBe(percentHalfEven(f0.answeredOnTime + 1, f0.answered + 1));
    await answer(late);
    expect(await live.value()).toBe(percentHalfEven(f0.answeredOnTime + 1, f0.answered + 2));
    expect(await live.reports()).toEqual([]);
  });

  it('rectification: problems due follow the problems added to the ledger', async () => {
    const live = await bind('rectification.problems_due', '450100');
    const before = (await live.value())!;
    const batch = await ok<{ id: string }>(admin, 'POST', '/api/v1/rectification/batches', {
      kind: 'special',
      name: '活指标测试专项督察',
      feedbackDate: `${YEAR}-01-10`,
    });
    const leadOrgId = await orgIdOf(t.deps, '450100');
    const problem = (itemNo: string, deadline: string) =>
      ok(admin, 'POST', '/api/v1/rectification/problems', {
        batchId: batch.id,
        itemNo,
        problem: `测试问题 ${itemNo}`,
        regionCode: '450100',
        leadOrgId,
        acceptanceUnit: '南宁市人民政府',
        target: '断面水质达到Ⅲ类',
        measures: ['截污'],
        deadline,
        horizon: 'short',
      });
    await problem('L1', `${YEAR}-11-20`); // due already
    expect(await live.value()).toBe(before + 1);
    await problem('L2', `${YEAR + 1}-03-31`); // not due yet
    expect(await live.value()).toBe(before + 1);
    expect(await live.reports()).toEqual([]);
  });
});
