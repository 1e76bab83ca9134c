import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { createItem, createPlan, orgIdByName } from './workplan.test-fixtures';

describe.each(testDatabases())('work plan data scope on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let planId: string;
  let roundId: string;
  const ids = {} as Record<'nanning' | 'guilin' | 'airInNanning' | 'water' | 'county' | 'measure', string>;

  beforeAll(async () => {
    t = await createTestApp(db);
    admin = await t.login('admin');
    planId = await createPlan(t, admin, 2025);
    const rounds = await admin.request('POST', `/api/v1/workplan/plans/${planId}/rounds`, { frequency: 'monthly' });
    roundId = rounds.json().items[0].id;
    const org = (n: string) => orgIdByName(t, n);
    ids.nanning = (
      await createItem(admin, planId, { title: '南宁牵头', leadUnitIds: [await org('南宁市生态环境局')] })
    ).id;
    ids.guilin = (
      await createItem(admin, planId, { title: '桂林牵头', leadUnitIds: [await org('桂林市生态环境局')] })
    ).id;
    ids.airInNanning = (
      await createItem(admin, planId, {
        title: '大气处牵头、涉及南宁',
        leadUnitIds: [await org('大气环境处')],
        regionCodes: ['450100'],
      })
    ).id;
    ids.water = (await createItem(admin, planId, { title: '水处牵头', leadUnitIds: [await org('水生态环境处')] })).id;
    ids.county = (
      await createItem(admin, planId, {
        title: '兴宁分局配合',
        leadUnitIds: [await org('水生态环境处')],
        coUnitIds: [await org('兴宁区分局')],
      })
    ).id;
    ids.measure = (
      await createItem(admin, planId, { title: '南宁任务下的措施', kind: 'measure', parentId: ids.nanning })
    ).id;
  });
  afterAll(() => t?.close());

  const titles = async (agent: Agent) =>
    ((await agent.request('GET', `/api/v1/workplan/plans/${planId}/items`)).json().items as { title: string }[])
      .map((i) => i.title)
      .sort();

  it('a city bureau sees the items its subtree leads or co-leads, or that concern its region, and their measures', async () => {
    const nanning = await t.login('nanning_officer');
    expect(await titles(nanning)).toEqual(
      ['兴宁分局配合', '南宁任务下的措施', '南宁牵头', '大气处牵头、涉及南宁'].sort(),
    );
    expect((await nanning.request('GET', `/api/v1/workplan/items/${ids.guilin}`)).statusCode).toBe(404);
    const board = (await nanning.request('GET', `/api/v1/workplan/plans/${planId}/board`)).json().items as {
      total: number;
    }[];
    // One card per top-level task it reaches (the measure sits inside its task's card).
    expect(board.reduce((s, r) => s + r.total, 0)).toBe(3);
  });

  it('a city bureau reports only on its own items and only for units in its subtree', async () => {
    const nanning = await t.login('nanning_officer');
    const report = (itemId: string, extra: Record<string, unknown> = {}) =>
      nanning.request('POST', `/api/v1/workplan/items/${itemId}/reports`, {
        roundId,
        text: '按计划推进',
        percent: 10,
        ...extra,
      });
    expect((await report(ids.guilin)).statusCode).toBe(404);
    expect((await report(ids.water)).statusCode).toBe(404);
    expect((await report(ids.nanning, { unitId: await orgIdByName(t, '桂林市生态环境局') })).statusCode).toBe(404);
    const own = await report(ids.nanning);
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json()).toMatchObject({ unitName: '南宁市生态环境局', percent: 10 });
    // 大气处 leads this one; that it concerns 南宁 lets the bureau read it, not report under its own name.
    expect((await report(ids.airInNanning)).statusCode).toBe(403);
    const forCounty = await report(ids.county, { unitId: await orgIdByName(t, '兴宁区分局') });
    expect(forCounty.json().unitName).toBe('兴宁区分局');
    const stored = await t.deps.db.selectFrom('workplan_reports').select('item_id').execute();
    expect(stored.map((r) => r.item_id)).not.toContain(ids.guilin);
  });

  it("a report is filed only under a lead or co-lead unit of the item (a measure answers to its task's units)", async () => {
    const nanning = await t.login('nanning_officer');
    const admin2 = await t.login('admin');
    const report = (agent: Agent, itemId: string, extra: Record<string, unknown> = {}) =>
      agent.request('POST', `/api/v1/workplan/items/${itemId}/reports`, {
        roundId,
        text: '推进中',
        percent: 30,
        ...extra,
      });
    const refused = await report(nanning, ids.airInNanning);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'UNIT_NOT_RESPONSIBLE', details: [{ path: 'body.unitId' }] });
    // The department may act for any unit, but files under the unit answerable for the item.
    expect((await report(admin2, ids.water)).json().error.code).toBe('UNIT_NOT_RESPONSIBLE');
    const forWater = await report(admin2, ids.water, { unitId: await orgIdByName(t, '水生态环境处') });
    expect(forWater.statusCode, forWater.body).toBe(201);
    expect((await report(nanning, ids.measure)).statusCode).toBe(201);
    const stored = await t.deps.db
      .selectFrom('workplan_reports')
      .select(['item_id', 'unit_org_id'])
      .where('item_id', '=', ids.airInNanning)
      .execute();
    expect(stored).toEqual([]);
  });

  it('a division sees and reports only its own area', async () => {
    const air = await t.login('air_officer');
    expect(await titles(air)).toEqual(['大气处牵头、涉及南宁']);
    expect(
      (await air.request('POST', `/api/v1/workplan/items/${ids.water}/reports`, { roundId, text: 'x', percent: 5 }))
        .statusCode,
    ).toBe(404);
    const ok = await air.request('POST', `/api/v1/workplan/items/${ids.airInNanning}/reports`, {
      roundId,
      text: '协同控制推进',
      percent: 20,
    });
    expect(ok.json().unitName).toBe('大气环境处');
  });

  it("an inspector of Guilin reads Guilin's items but may not report; leaders see everything", async () => {
    const inspector = await t.login('inspector');
    expect(await titles(inspector)).toEqual(['桂林牵头']);
    expect(
      (
        await inspector.request('POST', `/api/v1/workplan/items/${ids.guilin}/reports`, {
          roundId,
          text: 'x',
          percent: 5,
        })
      ).statusCode,
    ).toBe(403);
    expect(await titles(await t.login('leader'))).toHaveLength(6);
  });

  it("a unit view is refused for a unit outside the caller's scope", async () => {
    const nanning = await t.login('nanning_officer');
    const guilinId = await orgIdByName(t, '桂林市生态环境局');
    expect((await nanning.request('GET', `/api/v1/workplan/plans/${planId}/units/${guilinId}`)).statusCode).toBe(404);
    const own = await nanning.request(
      'GET',
      `/api/v1/workplan/plans/${planId}/units/${await orgIdByName(t, '南宁市生态环境局')}`,
    );
    expect(
      own
        .json()
        .items.map((i: { title: string }) => i.title)
        .sort(),
    ).toEqual(['南宁任务下的措施', '南宁牵头']);
  });

  it('a live indicator is not reported by hand (400 on its value), a manual one is', async () => {
    const created = await createItem(admin, planId, {
      title: '南宁PM2.5',
      leadUnitIds: [await orgIdByName(t, '南宁市生态环境局')],
      indicators: [
        {
          name: 'PM2.5年均浓度',
          unit: 'µg/m³',
          direction: 'at_most',
          target: 30,
          baseline: 32,
          deadline: '2025-12-31',
          source: 'live',
          metricKey: 'air.pm25_annual_mean',
          metricParams: { regionCode: '450100' },
        },
        {
          name: '治理完成率',
          unit: '%',
          direction: 'at_least',
          target: 90,
          baseline: null,
          deadline: '2025-12-31',
          source: 'manual',
        },
      ],
    });
    const [live, manual] = created.indicators;
    const nanning = await t.login('nanning_officer');
    const send = (values: unknown[]) =>
      nanning.request('POST', `/api/v1/workplan/items/${created.id}/reports`, {
        roundId,
        text: '推进中',
        percent: 40,
        values,
      });
    const refused = await send([{ indicatorId: live!.id, value: 28 }]);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.values' }] });
    expect((await send([{ indicatorId: manual!.id, value: 80 }])).statusCode).toBe(201);
  });
});
