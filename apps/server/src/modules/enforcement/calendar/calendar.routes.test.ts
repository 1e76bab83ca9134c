import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EnforcementCalendar, InspectionPlan } from '@ecocloud/contracts';
import { seedDemo } from '../../../platform/demo/seed-demo';
import { createTestApp, orgIdOf, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { sourcesModule, sourcesReads } from '../../sources';
import { insertCase, insertEvent } from '../cases/cases.repository';
import { monthDays } from './calendar.service';

async function ok<T>(agent: Agent, url: string, status = 200): Promise<T> {
  const res = await agent.request('GET', url);
  if (res.statusCode !== status) throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

type Step = [kind: string, date: string, data?: Record<string, unknown>];

/**
 * Today Saturday 2026-11-28. Written through the repository:
 * - A, Nanning: lead Friday 11-20, not filed yet: filing due 15 days on, Saturday 12-05, rolled to Monday 12-07;
 * - B, Nanning: decided 09-03, served Friday 09-04, unpaid: payment due Saturday 09-19, rolled to Sunday 09-20 (a
 *   make-up working day before National Day), overdue;
 * - C, Guilin: lead Wednesday 11-25: filing due Thursday 12-10;
 * - D, Nanning: lead 11-21, not filed (closed for the calendar: nothing falls due).
 */
const FIXTURE: { id: string; city: string; state: string; fine: number | null; steps: Step[] }[] = [
  { id: 'A', city: '450100', state: 'lead', fine: null, steps: [['lead_found', '2026-11-20']] },
  {
    id: 'B',
    city: '450100',
    state: 'served',
    fine: 300_000,
    steps: [
      ['lead_found', '2026-05-04'],
      ['filed', '2026-05-06'],
      ['decided', '2026-09-03', { fineYuan: 300_000 }],
      ['served', '2026-09-04'],
    ],
  },
  { id: 'C', city: '450300', state: 'lead', fine: null, steps: [['lead_found', '2026-11-25']] },
  {
    id: 'D',
    city: '450100',
    state: 'not_filed',
    fine: null,
    steps: [
      ['lead_found', '2026-11-21'],
      ['not_filed', '2026-11-23'],
    ],
  },
];

const CAL = '/api/v1/enforcement/calendar';

describe('monthDays', () => {
  it('knows the last day of each month, February of a leap year included', () => {
    expect(monthDays('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthDays('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthDays('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});

describe.each(testDatabases())('enforcement calendar (检查日历) on $name', (tdb) => {
  let t: TestApp;
  let admin: Agent;
  let nanning: Agent;
  let guilin: Agent;
  let plan: InspectionPlan;

  beforeAll(async () => {
    t = await createTestApp(tdb, { demo: false });
    await seedDemo(t.deps, [sourcesModule]);
    t.clock.set('2026-11-28T02:00:00Z');
    admin = await t.login('admin');
    nanning = await t.login('nanning_officer');
    guilin = await t.login('inspector');
    for (const c of FIXTURE) {
      const [enterprise] = await sourcesReads.enterprisesInReach(t.deps.db, null, { regionCode: c.city });
      const created = `${c.steps[0]![1]}T02:00:00.000Z`;
      await insertCase(t.deps.db, {
        id: `case-${c.id}`,
        case_no: `T-${c.id}`,
        enterprise_id: enterprise!.id,
        outlet_id: null,
        lead_id: null,
        title: `案件${c.id}`,
        facts: '',
        violation: 'water_exceed_standard',
        act_date: c.steps[0]![1],
        act_end_date: null,
        caused_harm: 0,
        state: c.state,
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
    const res = await nanning.request('POST', '/api/v1/enforcement/inspection-plans', {
      regionCode: '450100',
      period: '2026-12',
      inspectionDate: '2026-12-07',
      seed: 'calendar-seed',
    });
    if (res.statusCode !== 201) throw new Error(`plan: ${res.statusCode} ${res.body}`);
    plan = res.json() as InspectionPlan;
  }, 120_000);
  afterAll(() => t?.close());

  it("puts the month's plans on their date and the open clocks on their due days", async () => {
    const c = await ok<EnforcementCalendar>(admin, `${CAL}?month=2026-12`);
    expect(c).toMatchObject({ month: '2026-12', from: '2026-12-01', to: '2026-12-31', asOf: '2026-11-28' });
    expect(c.plans.map((p) => [p.id, p.inspectionDate])).toEqual([[plan.id, '2026-12-07']]);
    expect(c.deadlines.map((d) => [d.caseNo, d.code, d.dueDate, d.overdue])).toEqual([
      ['T-A', 'FILING', '2026-12-07', false],
      ['T-C', 'FILING', '2026-12-10', false],
    ]);
    expect(c.deadlines[0]).toMatchObject({ title: '案件A', regionCode: expect.stringMatching(/^4501/), state: 'lead' });
    // An earlier month holds B's lapsed payment (shown overdue) and nothing else; a later month nothing.
    const sept = await ok<EnforcementCalendar>(admin, `${CAL}?month=2026-09`);
    expect(sept.deadlines.map((d) => [d.caseNo, d.code, d.dueDate, d.overdue, d.state])).toEqual([
      ['T-B', 'PAYMENT', '2026-09-20', true, 'overdue'],
    ]);
    expect(sept.plans).toEqual([]);
    const jan = await ok<EnforcementCalendar>(admin, `${CAL}?month=2027-01`);
    expect([jan.plans.length, jan.deadlines.length]).toEqual([0, 0]);
  });

  it('keeps the drawn list hidden before the date from all but its owners', async () => {
    const seen = await ok<EnforcementCalendar>(admin, `${CAL}?month=2026-12`);
    expect(seen.plans[0]).toMatchObject({ hidden: true, seed: null, objectCount: plan.objectCount });
    expect(seen.plans[0]).not.toHaveProperty('objects');
    const own = await ok<EnforcementCalendar>(nanning, `${CAL}?month=2026-12`);
    expect(own.plans[0]).toMatchObject({ hidden: false, seed: 'calendar-seed' });
  });

  it("shows a city officer only the city's plans and cases, and narrows by region", async () => {
    const nn = await ok<EnforcementCalendar>(nanning, `${CAL}?month=2026-12`);
    expect(nn.deadlines.map((d) => d.caseNo)).toEqual(['T-A']);
    const gl = await ok<EnforcementCalendar>(guilin, `${CAL}?month=2026-12`);
    expect(gl.deadlines.map((d) => d.caseNo)).toEqual(['T-C']);
    expect(gl.plans).toEqual([]);
    const narrowed = await ok<EnforcementCalendar>(admin, `${CAL}?month=2026-12&regionCode=450300`);
    expect(narrowed.deadlines.map((d) => d.caseNo)).toEqual(['T-C']);
    expect(narrowed.plans).toEqual([]);
  });

  it('refuses a bad month and a role without enforcement:read', async () => {
    const bad = await admin.request('GET', `${CAL}?month=2026-13`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } });
    expect((await admin.request('GET', CAL)).statusCode).toBe(400);
    await ok(await t.login('enterprise_demo'), `${CAL}?month=2026-12`, 403);
  });
});

describe.each(testDatabases())('enforcement calendar on an empty install on $name', (tdb) => {
  it('answers an empty month, not an error', async () => {
    const t = await createTestApp(tdb, { demo: false });
    try {
      // The people and organisations only: no register, no cases, no plans.
      await seedDemo(t.deps, []);
      const admin = await t.login('admin');
      const c = await ok<EnforcementCalendar>(admin, `${CAL}?month=2026-02`);
      expect(c).toMatchObject({ from: '2026-02-01', to: '2026-02-28', plans: [], deadlines: [] });
    } finally {
      await t.close();
    }
  }, 60_000);
});
