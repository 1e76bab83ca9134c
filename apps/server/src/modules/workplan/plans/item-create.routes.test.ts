import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grant } from '../../../db/migrations/0002-monitoring';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { createItem, createPlan, orgIdByName } from '../shared/workplan.test-fixtures';

/** Adding one item by hand (the web's 新增事项): units, deadline and parent as sent, within the caller's reach. */
describe.each(testDatabases())('work plan item creation on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let planId: string;
  let orgs: { nanning: string; liuzhou: string; air: string };
  let tasks: { nanning: string; liuzhou: string };
  const url = () => `/api/v1/workplan/plans/${planId}/items`;
  const titlesOf = async () =>
    ((await admin.request('GET', url())).json().items as { title: string }[]).map((i) => i.title).sort();

  beforeAll(async () => {
    t = await createTestApp(db);
    admin = await t.login('admin');
    // A city bureau that may edit (no role has this by default): the reach, not the permission, is under test.
    await grant(t.deps.db, { city_officer: ['workplan:write'] });
    orgs = {
      nanning: await orgIdByName(t, '南宁市生态环境局'),
      liuzhou: await orgIdByName(t, '柳州市生态环境局'),
      air: await orgIdByName(t, '大气环境处'),
    };
    planId = await createPlan(t, admin, 2033);
    tasks = {
      nanning: (await createItem(admin, planId, { title: '南宁任务', leadUnitIds: [orgs.nanning] })).id,
      liuzhou: (await createItem(admin, planId, { title: '柳州任务', leadUnitIds: [orgs.liuzhou] })).id,
    };
  });
  afterAll(() => t?.close());

  it('creates a measure under a task with its lead and co-units and a manual deadline', async () => {
    const res = await admin.request('POST', url(), {
      parentId: tasks.nanning,
      kind: 'measure',
      number: '1.',
      title: '排查入河排污口',
      leadUnitIds: [orgs.nanning],
      coUnitIds: [orgs.air],
      deadline: '2033-06-30',
    });
    expect(res.statusCode, res.body).toBe(201);
    const item = res.json();
    expect(item).toMatchObject({
      parentId: tasks.nanning,
      kind: 'measure',
      number: '1.',
      title: '排查入河排污口',
      level: 2,
      deadline: '2033-06-30',
      deadlineSource: 'manual',
    });
    expect(item.units.map((u: { orgId: string; role: string }) => [u.orgId, u.role]).sort()).toEqual(
      [
        [orgs.nanning, 'lead'],
        [orgs.air, 'co'],
      ].sort(),
    );
    const bad = await admin.request('POST', url(), { title: '无效时限', deadline: '2033/06/30' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.deadline');
  });

  it("a city bureau adds under its own item; another city's parent is 404 at body.parentId and nothing is saved", async () => {
    const nanning = await t.login('nanning_officer');
    const own = await nanning.request('POST', url(), { parentId: tasks.nanning, kind: 'measure', title: '南宁措施' });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().units.map((u: { orgId: string }) => u.orgId)).toEqual([orgs.nanning]); // inherited

    const stray = await nanning.request('POST', url(), { parentId: tasks.liuzhou, kind: 'measure', title: '越界措施' });
    expect(stray.statusCode).toBe(404);
    expect(stray.json().error.code).toBe('ITEM_NOT_FOUND');
    expect(stray.json().error.details[0].path).toBe('body.parentId');
    // An item it would not reach afterwards (another city leads) is refused too, rather than saved unseen.
    const elsewhere = await nanning.request('POST', url(), { title: '替柳州立项', leadUnitIds: [orgs.liuzhou] });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.details[0].path).toBe('body.leadUnitIds');
    expect(await titlesOf()).toEqual(['南宁任务', '南宁措施', '排查入河排污口', '柳州任务'].sort());
  });
});
