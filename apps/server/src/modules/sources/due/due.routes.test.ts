import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClockRules, DueItem } from '@ecocloud/contracts';
import { findMetric } from '../../../platform/metrics/metric-registry';
import { createTestApp, orgIdOf, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { insertEnterprise, insertPermit, insertPermitEvent } from './due.test-fixtures';

const minusDays = (date: string, n: number) => new Date(Date.parse(date) - n * 86_400_000).toISOString().slice(0, 10);

describe.each(testDatabases())('sources due list on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let nanningOfficer: Agent;
  let enterpriseUser: Agent;
  let inspector: Agent;
  const ids = { nanning: '', guilin: '', nanningPermit: '', guilinPermit: '' };
  const NANNING_VALID_TO = '2027-01-31';

  beforeAll(async () => {
    t = await createTestApp(db);
    t.clock.set('2026-11-28T02:00:00Z');
    const { db: kdb } = t.deps;
    const enterpriseOrg = await orgIdOf(t.deps, '450103', 'enterprise');
    ids.nanning = await insertEnterprise(kdb, {
      name: '南宁测试纸业',
      regulatorOrgId: await orgIdOf(t.deps, '450100'),
      enterpriseOrgId: enterpriseOrg,
    });
    ids.guilin = await insertEnterprise(kdb, {
      name: '桂林测试水泥',
      regionCode: '450300',
      regulatorOrgId: await orgIdOf(t.deps, '450300'),
    });
    ids.nanningPermit = (
      await insertPermit(kdb, { enterpriseId: ids.nanning, validFrom: '2022-02-01', validTo: NANNING_VALID_TO })
    ).id;
    // expired on 31 Oct without a renewal: 无证排污 risk
    ids.guilinPermit = (
      await insertPermit(kdb, { enterpriseId: ids.guilin, validFrom: '2021-11-01', validTo: '2026-10-31' })
    ).id;
    await insertPermitEvent(kdb, ids.nanningPermit, 'change_event', '2026-11-06');
    admin = await t.login('admin');
    nanningOfficer = await t.login('nanning_officer');
    enterpriseUser = await t.login('enterprise_demo');
    inspector = await t.login('inspector');
  });
  afterAll(() => t?.close());

  const due = async (agent: Agent, query = 'on=2026-11-28&within=90') => {
    const res = await agent.request('GET', `/api/v1/sources/due?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: DueItem[] }).items;
  };

  it('lists the renewal application at valid_to − 60 calendar days, due soon, with its rule', async () => {
    const items = await due(admin);
    const renewal = items.find((i) => i.permitId === ids.nanningPermit && i.kind === 'renewal_application');
    expect(renewal).toMatchObject({
      dueDate: minusDays(NANNING_VALID_TO, 60),
      daysLeft: 4,
      state: 'due_soon',
      permitState: 'valid', // 64 days before expiry: the window opens on the deadline itself
      rule: { code: 'PERMIT_RENEWAL_APPLICATION', days: 60, dayKind: 'calendar' },
    });
    expect(renewal!.rule.citation).toContain('第十四条');
  });

  it("looks from the fake clock's Shanghai day when no day is asked", async () => {
    t.clock.set('2026-11-28T17:00:00Z'); // already 29 Nov in Shanghai
    const items = await due(await t.login('admin'), 'within=90');
    t.clock.set('2026-11-28T02:00:00Z');
    const renewal = items.find((i) => i.permitId === ids.nanningPermit && i.kind === 'renewal_application');
    expect(renewal).toMatchObject({ daysLeft: 3, state: 'due_soon' });
  });

  it('shows an expired permit without renewal as overdue with the expired state (无证排污 risk)', async () => {
    const items = await due(admin);
    expect(items.find((i) => i.permitId === ids.guilinPermit && i.kind === 'renewal_application')).toMatchObject({
      state: 'overdue',
      permitState: 'expired',
      dueDate: minusDays('2026-10-31', 60),
    });
    const future = await due(admin, 'on=2026-11-28&within=90&overdue=false');
    expect(future.some((i) => i.daysLeft < 0)).toBe(false);
  });

  it('rolls the change application off Sunday 6 Dec to Monday 7 Dec and lists missing execution reports', async () => {
    const items = await due(admin);
    expect(items.find((i) => i.permitId === ids.nanningPermit && i.kind === 'change_application')?.dueDate).toBe(
      '2026-12-07',
    );
    const report = items.find((i) => i.permitId === ids.nanningPermit && i.periodKey === '2025');
    expect(report).toMatchObject({ kind: 'execution_report', dueDate: '2026-01-15', state: 'overdue' });
  });

  it('keeps each caller to its scope: a city its enterprises, the enterprise itself', async () => {
    const byEnterprise = (items: DueItem[]) => new Set(items.map((i) => i.enterpriseId));
    const nanning = byEnterprise(await due(nanningOfficer));
    expect(nanning.has(ids.nanning)).toBe(true);
    expect(nanning.has(ids.guilin)).toBe(false);
    const guilin = byEnterprise(await due(inspector));
    expect(guilin.has(ids.guilin)).toBe(true);
    expect(guilin.has(ids.nanning)).toBe(false);
    // The demo links one unit of its own (src-demo-e01) to the same enterprise organisation.
    expect(new Set(byEnterprise(await due(enterpriseUser)))).toEqual(new Set([ids.nanning, 'src-demo-e01']));
    expect(await due(enterpriseUser, `enterpriseId=${ids.guilin}`)).toEqual([]);
  });

  it('uses the clock rules as data: a province-wide admin changes them (audited), a city officer cannot', async () => {
    const rules = (await admin.request('GET', '/api/v1/sources/clock-rules')).json() as ClockRules;
    expect(rules.rollRestDayForward).toBe(true);
    expect(rules.rules.find((r) => r.code === 'PERMIT_CHANGE_APPLICATION')).toMatchObject({
      days: 30,
      dayKind: 'calendar',
    });
    const body = { rules: [{ code: 'PERMIT_CHANGE_APPLICATION', days: 30, dayKind: 'working' }] };
    expect((await nanningOfficer.request('PUT', '/api/v1/sources/clock-rules', body)).statusCode).toBe(403);
    expect((await admin.request('PUT', '/api/v1/sources/clock-rules', {})).statusCode).toBe(400);
    const put = await admin.request('PUT', '/api/v1/sources/clock-rules', body);
    expect(put.statusCode, put.body).toBe(200);
    expect((put.json() as ClockRules).rules.find((r) => r.code === 'PERMIT_CHANGE_APPLICATION')).toMatchObject({
      dayKind: 'working',
      defaultDayKind: 'calendar',
    });
    const items = await due(admin);
    // 30 working days after Fri 6 Nov 2026 (no holidays in between): Fri 18 Dec
    expect(items.find((i) => i.permitId === ids.nanningPermit && i.kind === 'change_application')).toMatchObject({
      dueDate: '2026-12-18',
      rule: { dayKind: 'working' },
    });
    const audit = await admin.request('GET', '/api/v1/audit?action=sources.clock_rules.put');
    expect(audit.body).toContain('sources.clock_rules.put');
    await admin.request('PUT', '/api/v1/sources/clock-rules', {
      rules: [{ code: 'PERMIT_CHANGE_APPLICATION', days: 30, dayKind: 'calendar' }],
    });
  });

  it('answers a clock with the event that closes it (change_filed)', async () => {
    await insertPermitEvent(t.deps.db, ids.nanningPermit, 'change_filed', '2026-11-20');
    const items = await due(admin);
    expect(items.some((i) => i.permitId === ids.nanningPermit && i.kind === 'change_application')).toBe(false);
  });

  it('counts the permits expiring within 90 days for the work plan', async () => {
    const read = async () =>
      (
        await findMetric('sources.permits_expiring_90d')!.read(t.deps, {
          regionCode: '450000',
          year: 2026,
          asOf: t.clock.now(),
        })
      ).value;
    const before = await read();
    expect(before).toBeGreaterThanOrEqual(1);
    await t.deps.db
      .updateTable('permits')
      .set({ valid_to: '2028-01-31' })
      .where('id', '=', ids.nanningPermit)
      .execute();
    expect(await read()).toBe(before! - 1);
    await t.deps.db
      .updateTable('permits')
      .set({ valid_to: NANNING_VALID_TO })
      .where('id', '=', ids.nanningPermit)
      .execute();
  });
});
