import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grant } from '../../../db/migrations/0002-monitoring';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { createItem, createPlan, orgIdByName } from '../shared/workplan.test-fixtures';

/** Editing a plan after import: items and indicators, bulk assignment; each write audited and within the caller's reach. */
describe.each(testDatabases())('work plan editing on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let planId: string;
  let ids: { section: string; task: string; measure: string; nanning: string; liuzhou: string; indicator: string };
  let orgs: { dept: string; air: string; nanning: string; liuzhou: string };

  const audits = async (entityId: string) =>
    (
      await t.deps.db
        .selectFrom('audit_log')
        .select(['action', 'before_json', 'after_json'])
        .where('entity_id', '=', entityId)
        .orderBy('seq')
        .execute()
    ).map((r) => ({
      action: r.action,
      before: r.before_json ? JSON.parse(r.before_json) : null,
      after: r.after_json ? JSON.parse(r.after_json) : null,
    }));
  const itemOf = async (id: string) => (await admin.request('GET', `/api/v1/workplan/items/${id}`)).json();

  beforeAll(async () => {
    t = await createTestApp(db);
    admin = await t.login('admin');
    // A city bureau that may edit (no role has this by default): the reach, not the permission, is under test.
    await grant(t.deps.db, { city_officer: ['workplan:write'] });
    orgs = {
      dept: await orgIdByName(t, '广西壮族自治区生态环境厅'),
      air: await orgIdByName(t, '大气环境处'),
      nanning: await orgIdByName(t, '南宁市生态环境局'),
      liuzhou: await orgIdByName(t, '柳州市生态环境局'),
    };
    planId = await createPlan(t, admin, 2031);
    const section = await createItem(admin, planId, {
      kind: 'section',
      number: '一、',
      title: '大气',
      leadUnitIds: [orgs.dept],
    });
    const task = await createItem(admin, planId, {
      parentId: section.id,
      title: '推进工业源治理',
      indicators: [{ name: '治理完成率', unit: '%', direction: 'at_least', target: 90 }],
    });
    const measure = await createItem(admin, planId, { parentId: task.id, kind: 'measure', title: '排查' });
    const nanning = await createItem(admin, planId, {
      title: '南宁任务',
      leadUnitIds: [orgs.nanning],
      regionCodes: ['450100'],
    });
    const liuzhou = await createItem(admin, planId, {
      title: '柳州任务',
      leadUnitIds: [orgs.liuzhou],
      regionCodes: ['450200'],
    });
    ids = {
      section: section.id,
      task: task.id,
      measure: measure.id,
      nanning: nanning.id,
      liuzhou: liuzhou.id,
      indicator: task.indicators[0]!.id,
    };
  });
  afterAll(() => t?.close());

  it('edits an item: only the fields sent change; the units replace; audited before and after', async () => {
    const res = await admin.request('PATCH', `/api/v1/workplan/items/${ids.task}`, {
      title: '推进工业源深度治理',
      deadline: '2031-06-30',
      leadUnitIds: [orgs.air],
      coUnitIds: [orgs.nanning, orgs.air],
    });
    expect(res.statusCode, res.body).toBe(200);
    const item = res.json();
    expect(item).toMatchObject({ title: '推进工业源深度治理', deadline: '2031-06-30', kind: 'task', number: '' });
    expect(item.units.map((u: { orgName: string; role: string }) => [u.orgName, u.role]).sort()).toEqual([
      ['南宁市生态环境局', 'co'],
      ['大气环境处', 'lead'],
    ]);
    const [entry] = (await audits(ids.task)).filter((a) => a.action === 'workplan.item.update');
    expect(entry!.before).toMatchObject({ title: '推进工业源治理', deadline: null, leadUnitIds: [orgs.dept] }); // inherited on creation
    expect(entry!.after).toMatchObject({
      title: '推进工业源深度治理',
      deadline: '2031-06-30',
      leadUnitIds: [orgs.air],
    });
  });

  it('refuses bad input with the field (400), an unknown unit (400), an unknown item (404), a reader (403)', async () => {
    const bad = await admin.request('PATCH', `/api/v1/workplan/items/${ids.task}`, { deadline: '30/06/2031' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toContain('deadline');
    expect(
      (await admin.request('PATCH', `/api/v1/workplan/items/${ids.task}`, { leadUnitIds: ['nope'] })).statusCode,
    ).toBe(400);
    expect((await admin.request('PATCH', '/api/v1/workplan/items/nope', { title: 'x' })).statusCode).toBe(404);
    const analyst = await t.login('analyst');
    expect((await analyst.request('PATCH', `/api/v1/workplan/items/${ids.task}`, { title: 'x' })).statusCode).toBe(403);
    expect((await itemOf(ids.task)).title).toBe('推进工业源深度治理');
  });

  it('adds, edits and deletes an indicator; a live one needs its metric', async () => {
    const added = await admin.request('POST', `/api/v1/workplan/items/${ids.task}/indicators`, {
      name: '排查完成数',
      unit: '家',
      direction: 'reach',
      target: 12,
      deadline: '2031-09-30',
    });
    expect(added.statusCode, added.body).toBe(201);
    const id = added.json().id as string;
    const edited = await admin.request('PATCH', `/api/v1/workplan/indicators/${id}`, { target: 15 });
    expect(edited.json()).toMatchObject({ name: '排查完成数', unit: '家', target: 15, deadline: '2031-09-30' });
    const live = await admin.request('PATCH', `/api/v1/workplan/indicators/${id}`, { source: 'live' });
    expect(live.statusCode).toBe(400);
    expect(live.json().error.details[0].path).toBe('body.metricKey');
    const bound = await admin.request('PATCH', `/api/v1/workplan/indicators/${id}`, {
      source: 'live',
      metricKey: 'air.good_day_ratio',
      metricParams: { regionCode: '450100' },
    });
    expect(bound.json()).toMatchObject({ source: 'live', metricKey: 'air.good_day_ratio' });
    expect((await admin.request('DELETE', `/api/v1/workplan/indicators/${id}`)).statusCode).toBe(204);
    expect((await admin.request('DELETE', `/api/v1/workplan/indicators/${id}`)).statusCode).toBe(404);
    expect((await audits(id)).map((a) => a.action)).toEqual([
      'workplan.indicator.create',
      'workplan.indicator.update',
      'workplan.indicator.update',
      'workplan.indicator.delete',
    ]);
    expect((await itemOf(ids.task)).indicators.map((x: { id: string }) => x.id)).toEqual([ids.indicator]);
  });

  it('moves a branch: levels and root follow; never under itself', async () => {
    const moved = await admin.request('POST', `/api/v1/workplan/items/${ids.task}/move`, {
      parentId: null,
      position: 0,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ parentId: null, level: 1, rootId: ids.task, position: 0 });
    expect(await itemOf(ids.measure)).toMatchObject({ level: 2, rootId: ids.task, parentId: ids.task });
    const loop = await admin.request('POST', `/api/v1/workplan/items/${ids.task}/move`, { parentId: ids.measure });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().error.details[0].path).toBe('body.parentId');
    const back = await admin.request('POST', `/api/v1/workplan/items/${ids.task}/move`, { parentId: ids.section });
    expect(back.json()).toMatchObject({ parentId: ids.section, level: 2, rootId: ids.section });
    expect(await itemOf(ids.measure)).toMatchObject({ level: 3, rootId: ids.section });
    expect((await audits(ids.task)).filter((a) => a.action === 'workplan.item.move')).toHaveLength(2);
  });

  it('assigns lead units and deadlines in bulk, all or nothing', async () => {
    const res = await admin.request('POST', `/api/v1/workplan/plans/${planId}/items/assign`, {
      itemIds: [ids.nanning, ids.liuzhou],
      deadline: '2031-11-30',
    });
    expect(res.json()).toEqual({ updated: 2 });
    expect((await itemOf(ids.liuzhou)).deadline).toBe('2031-11-30');
    expect((await itemOf(ids.liuzhou)).units.map((u: { orgName: string }) => u.orgName)).toEqual(['柳州市生态环境局']);
    const none = await admin.request('POST', `/api/v1/workplan/plans/${planId}/items/assign`, {
      itemIds: [ids.nanning],
    });
    expect(none.statusCode).toBe(400);
    const stray = await admin.request('POST', `/api/v1/workplan/plans/${planId}/items/assign`, {
      itemIds: [ids.nanning, 'nope'],
      deadline: '2031-12-31',
    });
    expect(stray.statusCode).toBe(404);
    expect(stray.json().error.details[0].path).toBe('body.itemIds.1');
    expect((await itemOf(ids.nanning)).deadline).toBe('2031-11-30'); // rolled back
    expect((await audits(ids.nanning)).filter((a) => a.action === 'workplan.item.bulk_assign')).toHaveLength(1);
  });

  it("keeps a city bureau's edits within its reach: its own items, 404 for another city's", async () => {
    const nanning = await t.login('nanning_officer');
    expect(
      (await nanning.request('PATCH', `/api/v1/workplan/items/${ids.liuzhou}`, { title: '改名' })).statusCode,
    ).toBe(404);
    expect((await nanning.request('DELETE', `/api/v1/workplan/items/${ids.liuzhou}`)).statusCode).toBe(404);
    const own = await nanning.request('PATCH', `/api/v1/workplan/items/${ids.nanning}`, { deadline: '2031-10-31' });
    expect(own.statusCode, own.body).toBe(200);
    const bulk = await nanning.request('POST', `/api/v1/workplan/plans/${planId}/items/assign`, {
      itemIds: [ids.nanning, ids.liuzhou],
      deadline: '2031-12-31',
    });
    expect(bulk.statusCode).toBe(404);
    expect((await itemOf(ids.nanning)).deadline).toBe('2031-10-31');
    expect((await itemOf(ids.liuzhou)).deadline).toBe('2031-11-30');
    // Handing its own item to another city (its lead and its region) would lose it unseen: refused at the
    // field, nothing changed. (Another lead on a Nanning item keeps it in reach by its region.)
    const handed = await nanning.request('PATCH', `/api/v1/workplan/items/${ids.nanning}`, {
      leadUnitIds: [orgs.liuzhou],
      regionCodes: ['450200'],
    });
    expect(handed.statusCode).toBe(400);
    expect(handed.json().error.details[0].path).toBe('body.leadUnitIds');
    expect(await itemOf(ids.nanning)).toMatchObject({
      regionCodes: ['450100'],
      units: [expect.objectContaining({ orgId: orgs.nanning, role: 'lead' })],
    });
    // A live indicator on its own item reads its own city: Liuzhou's figures are not its to show.
    const live = (regionCode: string, metricKey = 'air.good_day_ratio') =>
      nanning.request('POST', `/api/v1/workplan/items/${ids.nanning}/indicators`, {
        name: '优良天数比例',
        unit: '%',
        direction: 'at_least',
        target: 95,
        source: 'live',
        metricKey,
        metricParams: { regionCode },
      });
    const elsewhere = await live('450200');
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.details[0].path).toBe('body.metricParams.regionCode');
    const unknown = await live('450100', 'air.no_such_metric');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].path).toBe('body.metricKey');
    const ownCity = await live('450100');
    expect(ownCity.statusCode, ownCity.body).toBe(201);
    const moved = await nanning.request('PATCH', `/api/v1/workplan/indicators/${ownCity.json().id}`, {
      metricParams: { regionCode: '450200' },
    });
    expect(moved.statusCode).toBe(400);
    await nanning.request('DELETE', `/api/v1/workplan/indicators/${ownCity.json().id}`);
  });

  it('deletes a branch with its indicators; refuses one with reports (409)', async () => {
    const extra = await createItem(admin, planId, {
      title: '临时任务',
      indicators: [{ name: 'x', direction: 'at_least', target: 1 }],
    });
    await createItem(admin, planId, { parentId: extra.id, kind: 'measure', title: '临时措施' });
    const res = await admin.request('DELETE', `/api/v1/workplan/items/${extra.id}`);
    expect(res.json()).toEqual({ deleted: 2 });
    expect((await admin.request('GET', `/api/v1/workplan/items/${extra.id}`)).statusCode).toBe(404);
    const left = await t.deps.db
      .selectFrom('workplan_indicators')
      .select('id')
      .where('item_id', '=', extra.id)
      .execute();
    expect(left).toEqual([]);
    expect((await audits(extra.id)).map((a) => a.action)).toEqual(['workplan.item.create', 'workplan.item.delete']);

    const rounds = await admin.request('POST', `/api/v1/workplan/plans/${planId}/rounds`, { frequency: 'monthly' });
    expect(rounds.statusCode, rounds.body).toBe(201);
    const roundId = (rounds.json().items ?? rounds.json())[0].id as string;
    const nanning = await t.login('nanning_officer');
    const report = await nanning.request('POST', `/api/v1/workplan/items/${ids.nanning}/reports`, {
      roundId,
      text: '已开展',
      percent: 10,
    });
    expect(report.statusCode, report.body).toBe(201);
    const refused = await admin.request('DELETE', `/api/v1/workplan/items/${ids.nanning}`);
    expect(refused.statusCode).toBe(409);
    expect((await itemOf(ids.nanning)).title).toBe('南宁任务');
  });
});
