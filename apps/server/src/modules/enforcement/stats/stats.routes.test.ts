import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnforcementStatsRow } from '@ecocloud/contracts';
import { seedDemo } from '../../../platform/demo/seed-demo';
import { findMetric } from '../../../platform/metrics/metric-registry';
import { createTestApp, orgIdOf, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { sourcesModule, sourcesReads } from '../../sources';
import { insertCase, insertEvent } from '../cases/cases.repository';

type Stats = { from: string; to: string; asOf: string; rows: EnforcementStatsRow[]; total: EnforcementStatsRow };

async function ok<T>(agent: Agent, url: string, status = 200): Promise<T> {
  const res = await agent.request('GET', url);
  if (res.statusCode !== status) throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

type Step = [kind: string, date: string, data?: Record<string, unknown>];

/**
 * Four cases written straight through the repository (the register's demo, no demo cases), today
 * Saturday 2026-11-28:
 * - A, Nanning: lead 03-02, filed 03-05, decided 04-14 (40 days, on time), 200,000 yuan, served and paid;
 * - B, Nanning: lead 05-04, filed 05-06, decided 09-03 (120 days; due 08-04: late), 300,000 yuan,
 *   served 09-04 and never paid (payment due 09-21 after the weekend roll: overdue today);
 * - C, Guilin: lead 11-02, never filed (filing due 11-17: overdue today);
 * - D, Nanning: lead 2025-12-20, filed 12-22, decided 2026-01-20 (29 days, on time), 100,000 yuan, paid.
 */
const FIXTURE: { id: string; city: string; fine: number | null; steps: Step[] }[] = [
  {
    id: 'A',
    city: '450100',
    fine: 200_000,
    steps: [
      ['lead_found', '2026-03-02'],
      ['filed', '2026-03-05'],
      ['decided', '2026-04-14', { fineYuan: 200_000 }],
      ['served', '2026-04-15'],
      ['paid', '2026-04-20'],
    ],
  },
  {
    id: 'B',
    city: '450100',
    fine: 300_000,
    steps: [
      ['lead_found', '2026-05-04'],
      ['filed', '2026-05-06'],
      ['decided', '2026-09-03', { fineYuan: 300_000 }],
      ['served', '2026-09-04'],
    ],
  },
  { id: 'C', city: '450300', fine: null, steps: [['lead_found', '2026-11-02']] },
  {
    id: 'D',
    city: '450100',
    fine: 100_000,
    steps: [
      ['lead_found', '2025-12-20'],
      ['filed', '2025-12-22'],
      ['decided', '2026-01-20', { fineYuan: 100_000 }],
      ['served', '2026-01-21'],
      ['paid', '2026-01-30'],
    ],
  },
];

describe.each(testDatabases())('enforcement statistics and metrics on $name', (tdb) => {
  let t: TestApp;
  let admin: Agent;
  let nanningOrg = '';

  beforeAll(async () => {
    t = await createTestApp(tdb, { demo: false });
    // The platform and the register only: the cases are the fixture's.
    await seedDemo(t.deps, [sourcesModule]);
    admin = await t.login('admin');
    nanningOrg = await orgIdOf(t.deps, '450100');
    for (const c of FIXTURE) {
      const [enterprise] = await sourcesReads.enterprisesInReach(t.deps.db, null, { regionCode: c.city });
      const created = `${c.steps[0]![1]}T02:00:00.000Z`;
      await insertCase(t.deps.db, {
        id: `case-${c.id}`,
        case_no: `T-${c.id}`,
        enterprise_id: enterprise!.id,
        outlet_id: null,
        lead_id: null,
        title: c.id,
        facts: '',
        violation: 'water_exceed_standard',
        act_date: c.steps[0]![1],
        act_end_date: null,
        caused_harm: 0,
        state: c.steps.at(-1)![0] === 'lead_found' ? 'lead' : c.steps.at(-1)![0],
        jurisdiction: '450000',
        discretion_table: '',
        discretion_inputs: '{}',
        penalty: null,
        fine_yuan: c.fine,
        handling_org_id: await orgIdOf(t.deps, c.city),
        created_by: null,
        created_at: created,
        updated_at: created,
      });
      for (const [i, [kind, date, data]] of c.steps.entries())
        await insertEvent(t.deps.db, {
          id: `case-${c.id}-${i}`,
          case_id: `case-${c.id}`,
          kind,
          date,
          end_date: null,
          note: '',
          data: JSON.stringify(data ?? {}),
          created_by: null,
          created_at: `${date}T02:0${i}:00.000Z`,
        });
    }
  }, 120_000);
  afterAll(() => t?.close());

  it('counts this year per handling unit, worked by hand', async () => {
    const s = await ok<Stats>(admin, '/api/v1/enforcement/stats');
    expect(s).toMatchObject({ from: '2026-01-01', to: '2026-11-28', asOf: '2026-11-28' });
    expect(s.rows.map((r) => r.regionCode)).toEqual(['450100', '450300']);
    expect(s.rows[0]).toMatchObject({
      key: nanningOrg,
      name: '南宁市生态环境局',
      cases: 3,
      opened: 2, // A, B (D's lead was in 2025)
      filed: 2,
      decided: 3, // A, B, D
      finesYuan: 600_000,
      avgDaysToDecision: 63, // (40 + 120 + 29) / 3
      decidedOnTime: 2,
      onTimeRate: 66.7, // 2 / 3, one decimal half to even
      overdueClocks: 0, // B's decision was late but is done: nothing open is overdue
      overduePayments: 1, // B
    });
    expect(s.rows[1]).toMatchObject({
      cases: 1,
      opened: 1,
      filed: 0,
      decided: 0,
      finesYuan: 0,
      avgDaysToDecision: null,
      onTimeRate: null,
      overdueClocks: 1, // C's filing
      overduePayments: 0,
    });
    expect(s.total).toMatchObject({
      key: 'total',
      cases: 4,
      opened: 3,
      decided: 3,
      finesYuan: 600_000,
      onTimeRate: 66.7,
      overdueClocks: 1,
    });
  });

  it('narrows to a range and groups by city', async () => {
    const s = await ok<Stats>(admin, '/api/v1/enforcement/stats?from=2026-04-01&to=2026-06-30&groupBy=region');
    expect(s.rows.map((r) => [r.key, r.name])).toEqual([
      ['450100', '南宁市'],
      ['450300', '桂林市'],
    ]);
    // Only A's decision (04-14) and B's lead and filing (05-04, 05-06) fall in the quarter.
    expect(s.rows[0]).toMatchObject({
      opened: 1,
      filed: 1,
      decided: 1,
      finesYuan: 200_000,
      avgDaysToDecision: 40,
      onTimeRate: 100,
    });
    expect(s.rows[1]).toMatchObject({ opened: 0, decided: 0, overdueClocks: 1 });
  });

  it('shows each city only its own cases, refuses a role without enforcement:read and a reversed range', async () => {
    const nanning = await ok<Stats>(await t.login('nanning_officer'), '/api/v1/enforcement/stats');
    expect(nanning.rows.map((r) => r.regionCode)).toEqual(['450100']);
    expect(nanning.total.cases).toBe(3);
    const guilin = await ok<Stats>(await t.login('inspector'), '/api/v1/enforcement/stats?groupBy=region');
    expect(guilin.rows.map((r) => r.key)).toEqual(['450300']);
    await ok(await t.login('enterprise_demo'), '/api/v1/enforcement/stats', 403);
    const reversed = await admin.request('GET', '/api/v1/enforcement/stats?from=2026-06-01&to=2026-05-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
  });

  it('publishes the year’s decisions, fines and on-time rate per region for the work plan', async () => {
    const read = (key: string, regionCode: string, year = 2026) =>
      findMetric(key)!.read(t.deps, { regionCode, year, asOf: t.clock.now() });
    expect((await read('enforcement.cases_decided_year', '450100')).value).toBe(3);
    expect((await read('enforcement.fines_year_yuan', '450000')).value).toBe(600_000);
    expect((await read('enforcement.decisions_on_time_pct', '450100')).value).toBe(66.7);
    // A city without decisions has no rate (not 0 %, not 100 %); neither has a year without any.
    expect((await read('enforcement.decisions_on_time_pct', '450300')).value).toBeNull();
    expect((await read('enforcement.cases_decided_year', '450100', 2025)).value).toBe(0);
    expect((await read('enforcement.decisions_on_time_pct', '450100', 2025)).value).toBeNull();
  });
});
