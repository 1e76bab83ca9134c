import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUscc } from '@ecocloud/standards';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../test/harness';
import { createItem, createPlan, orgIdByName } from '../workplan/shared/workplan.test-fixtures';

type Work = {
  plan: { id: string } | null;
  reportsDue: { itemTitle: string; unitName: string; dueState: string }[] | null;
  noticesToAnswer: { itemTitle: string; unitName: string; reason: string }[] | null;
  reportsToReview: { itemTitle: string; unitName: string }[] | null;
  alerts: { open: number; latest: { stationName: string }[] } | null;
  targetsAtRisk: unknown[] | null;
  permitsDue: { enterpriseId: string; uscc: string; kind: string; dueDate: string; daysLeft: number }[] | null;
};

/**
 * The home page's "my work" per role on the demo (test clock 2026-11-28): a Nanning plan of the
 * current year with a task Nanning leads and one the air division leads, a notice to Nanning, a
 * report waiting for review, and open alerts at a Nanning and a Guilin station.
 */
describe.each(testDatabases())('GET /me/work per role on $name', (db) => {
  let t: TestApp;
  const work = async (agent: Agent) => {
    const res = await agent.request('GET', '/api/v1/me/work');
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Work;
  };

  beforeAll(async () => {
    t = await createTestApp(db);
    const admin = await t.login('admin');
    const planId = await createPlan(t, admin, 2026, '南宁市生态环境局');
    expect(
      (await admin.request('POST', `/api/v1/workplan/plans/${planId}/rounds`, { frequency: 'monthly' })).statusCode,
    ).toBe(201);
    const nanningTask = await createItem(admin, planId, {
      title: '南宁扬尘治理',
      leadUnitIds: [await orgIdByName(t, '南宁市生态环境局')],
      deadline: '2026-12-31',
    });
    const airTask = await createItem(admin, planId, {
      title: '南宁臭氧会商',
      leadUnitIds: [await orgIdByName(t, '大气环境处')],
      deadline: '2026-12-31',
    });
    const leader = await t.login('leader');
    const notice = await leader.request('POST', `/api/v1/workplan/items/${nanningTask.id}/notices`, {
      reason: '进度滞后，请说明',
      unitId: await orgIdByName(t, '南宁市生态环境局'),
      replyWorkingDays: 5,
    });
    expect(notice.statusCode, notice.body).toBe(201);
    const rounds = (await admin.request('GET', `/api/v1/workplan/plans/${planId}/rounds`)).json().items as {
      id: string;
      label: string;
    }[];
    const air = await t.login('air_officer');
    const sent = await air.request('POST', `/api/v1/workplan/items/${airTask.id}/reports`, {
      roundId: rounds.find((r) => r.label === '2026-10')!.id,
      text: '已会商',
      percent: 80,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const station = (prefix: string) =>
      t.deps.db
        .selectFrom('stations')
        .select('id')
        .where('region_code', 'like', `${prefix}%`)
        .orderBy('code')
        .executeTakeFirstOrThrow();
    const at = '2026-11-28T01:00:00.000Z';
    for (const [id, s] of [
      ['alert-nn', await station('4501')],
      ['alert-gl', await station('4503')],
    ] as const) {
      await t.deps.db
        .insertInto('alerts')
        .values({
          id,
          station_id: s.id,
          kind: 'silent',
          parameter: null,
          message: 'no data',
          value: null,
          threshold: null,
          first_at: at,
          last_at: at,
          status: 'open',
          acknowledged_by: null,
          acknowledged_at: null,
        })
        .execute();
    }
  });
  afterAll(() => t?.close());

  it("a city officer: its own bureau's reports due and the notice to answer, alerts of its city only; nothing to review", async () => {
    const w = await work(await t.login('nanning_officer'));
    expect(w.reportsDue!.length).toBeGreaterThan(0);
    expect(new Set(w.reportsDue!.map((r) => `${r.itemTitle}@${r.unitName}`))).toEqual(
      new Set(['南宁扬尘治理@南宁市生态环境局']),
    );
    expect(w.reportsDue!.every((r) => r.dueState === 'overdue' || r.dueState === 'due_soon')).toBe(true);
    expect(w.noticesToAnswer).toEqual([
      expect.objectContaining({ itemTitle: '南宁扬尘治理', unitName: '南宁市生态环境局', reason: '进度滞后，请说明' }),
    ]);
    expect(w.reportsToReview).toBeNull();
    expect(w.alerts!.open).toBe(1);
    expect(Array.isArray(w.targetsAtRisk)).toBe(true);
  });

  it("a division officer: the reports its division owes (not Nanning's), no notice; alerts province-wide", async () => {
    const w = await work(await t.login('air_officer'));
    const units = new Set(w.reportsDue!.map((r) => r.unitName));
    expect(units).toEqual(new Set(['大气环境处']));
    expect(w.reportsDue!.map((r) => r.itemTitle)).toContain('南宁臭氧会商');
    expect(w.noticesToAnswer).toEqual([]);
    expect(w.reportsToReview).toBeNull();
    expect(w.alerts!.open).toBe(2);
  });

  it('a leader: reports to review and alerts, no reports or notices of its own to file', async () => {
    const w = await work(await t.login('leader'));
    expect(w.reportsDue).toBeNull();
    expect(w.noticesToAnswer).toBeNull();
    expect(w.reportsToReview).toEqual([expect.objectContaining({ itemTitle: '南宁臭氧会商', unitName: '大气环境处' })]);
    expect(w.alerts!.open).toBe(2);
    expect(w.alerts!.latest).toHaveLength(2);
  });

  it("an admin: the department's own reports due (not every unit's), reviews and alerts", async () => {
    const w = await work(await t.login('admin'));
    expect(w.reportsDue!.length).toBeGreaterThan(0);
    expect(new Set(w.reportsDue!.map((r) => r.unitName))).toEqual(new Set(['广西壮族自治区生态环境厅']));
    expect(w.noticesToAnswer).toEqual([]);
    expect(w.reportsToReview!.map((r) => r.itemTitle)).toContain('南宁臭氧会商');
    expect(w.alerts!.open).toBe(2);
  });

  it('a user without the work plan or alerts sees those parts as null, and anonymous is refused', async () => {
    const w = await work(await t.login('enterprise_demo'));
    expect(w).toMatchObject({
      plan: null,
      reportsDue: null,
      noticesToAnswer: null,
      reportsToReview: null,
      alerts: null,
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/work' })).statusCode).toBe(401);
  });

  it("permit reminders: a city officer gets its city's permit deadlines (30 days ahead and overdue), an enterprise its own unit's", async () => {
    const admin = await t.login('admin');
    // A Nanning unit whose renewal application (valid_to − 60 days) falls due 12 days after the test clock's 2026-11-28.
    const uscc = makeUscc({ regionCode: '450102', subject: 99_001 });
    const created = await admin.request('POST', '/api/v1/sources/enterprises', {
      uscc,
      name: '南宁提醒测试有限公司',
      industryCode: '4411',
      regionCode: '450102',
      category: 'key',
    });
    expect(created.statusCode, created.body).toBe(201);
    const permit = await admin.request('POST', `/api/v1/sources/enterprises/${created.json().id}/permits`, {
      permitNo: `${uscc}001P`,
      category: 'key',
      validFrom: '2022-02-08',
      validTo: '2027-02-07',
      reportFrequencies: [],
    });
    expect(permit.statusCode, permit.body).toBe(201);

    const officer = await work(await t.login('nanning_officer'));
    expect(officer.permitsDue).toContainEqual(
      expect.objectContaining({ uscc, kind: 'renewal_application', dueDate: '2026-12-09', daysLeft: 11 }),
    );
    expect(officer.permitsDue!.every((d) => d.uscc.slice(2, 6) === '4501' && d.daysLeft <= 30)).toBe(true);
    const guilin = await work(await t.login('inspector'));
    expect(guilin.permitsDue!.map((d) => d.uscc)).not.toContain(uscc);
    const own = await work(await t.login('enterprise_demo'));
    expect(own.permitsDue!.every((d) => d.enterpriseId === 'src-demo-e01')).toBe(true);
  });
});
