import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grant } from '../../../db/migrations/0002-monitoring';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { createItem, createPlan, orgIdByName } from '../shared/workplan.test-fixtures';

type ItemBody = {
  id: string;
  number: string;
  title: string;
  text: string;
  position: number;
  parentId: string | null;
  rootId: string;
  level: number;
  deadline: string | null;
  deadlineSource?: string | null;
  doneAt: string | null;
  units: { orgId: string; orgName: string; role: string }[];
  regionCodes: string[];
  tags: string[];
  indicators: { id: string; name: string }[];
};

/** Splitting and merging items, and moving one: within the caller's reach, refused with coded errors, audited. */
describe.each(testDatabases())('work plan split and merge on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let planId: string;
  let otherPlanId: string;
  let roundIds: string[];
  let orgs: { dept: string; air: string; water: string; nanning: string; liuzhou: string };

  const itemOf = async (id: string) => (await admin.request('GET', `/api/v1/workplan/items/${id}`)).json() as ItemBody;
  const childrenOf = async (parentId: string) =>
    (
      (await admin.request('GET', `/api/v1/workplan/plans/${planId}/items?parentId=${parentId}`)).json() as {
        items: ItemBody[];
      }
    ).items.sort((a, b) => a.position - b.position);
  const actions = async (entityId: string) =>
    (
      await t.deps.db
        .selectFrom('audit_log')
        .select(['action', 'after_json'])
        .where('entity_id', '=', entityId)
        .orderBy('seq')
        .execute()
    ).map((r) => ({ action: r.action, after: r.after_json ? JSON.parse(r.after_json) : null }));
  const leads = (item: ItemBody) =>
    item.units
      .filter((u) => u.role === 'lead')
      .map((u) => u.orgName)
      .sort();
  const report = async (agent: Agent, itemId: string, roundId: string, unitId?: string) => {
    const res = await agent.request('POST', `/api/v1/workplan/items/${itemId}/reports`, {
      roundId,
      ...(unitId ? { unitId } : {}),
      text: '已开展',
      percent: 20,
    });
    expect(res.statusCode, res.body).toBe(201);
  };

  beforeAll(async () => {
    t = await createTestApp(db);
    admin = await t.login('admin');
    // A city bureau that may edit (no role has this by default): the reach, not the permission, is under test.
    await grant(t.deps.db, { city_officer: ['workplan:write'] });
    orgs = {
      dept: await orgIdByName(t, '广西壮族自治区生态环境厅'),
      air: await orgIdByName(t, '大气环境处'),
      water: await orgIdByName(t, '水生态环境处'),
      nanning: await orgIdByName(t, '南宁市生态环境局'),
      liuzhou: await orgIdByName(t, '柳州市生态环境局'),
    };
    planId = await createPlan(t, admin, 2033);
    otherPlanId = await createPlan(t, admin, 2034);
    const rounds = await admin.request('POST', `/api/v1/workplan/plans/${planId}/rounds`, { frequency: 'monthly' });
    expect(rounds.statusCode, rounds.body).toBe(201);
    roundIds = ((rounds.json().items ?? rounds.json()) as { id: string }[]).map((r) => r.id);
  });
  afterAll(() => t?.close());

  it('splits an item into parts at its place: the first keeps the id, children, indicators and reports', async () => {
    const section = await createItem(admin, planId, {
      kind: 'section',
      number: '二、',
      title: '水',
      leadUnitIds: [orgs.dept],
    });
    const before = await createItem(admin, planId, { parentId: section.id, number: '1.', title: '前一项' });
    const item = await createItem(admin, planId, {
      parentId: section.id,
      number: '2.',
      title: '推进南宁、柳州两市黑臭水体整治',
      text: '原文',
      leadUnitIds: [orgs.water],
      coUnitIds: [orgs.dept],
      regionCodes: ['450100'],
      tags: ['water'],
      deadline: '2033-12-31',
      indicators: [{ name: '整治完成率', unit: '%', direction: 'at_least', target: 90 }],
    });
    const after = await createItem(admin, planId, { parentId: section.id, number: '3.', title: '后一项' });
    const measure = await createItem(admin, planId, { parentId: item.id, kind: 'measure', title: '排查' });

    const res = await admin.request('POST', `/api/v1/workplan/items/${item.id}/split`, {
      parts: [
        { title: '推进南宁黑臭水体整治', leadUnitIds: [orgs.nanning] },
        { title: '推进柳州黑臭水体整治', text: '柳州部分', deadline: '2033-09-30', leadUnitIds: [orgs.liuzhou] },
        { title: '总结整治经验' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const parts = res.json().items as ItemBody[];
    expect(parts.map((p) => [p.number, p.title, p.deadline, p.deadlineSource])).toEqual([
      ['2-1.', '推进南宁黑臭水体整治', '2033-12-31', 'manual'],
      ['2-2.', '推进柳州黑臭水体整治', '2033-09-30', 'manual'],
      ['2-3.', '总结整治经验', '2033-12-31', 'manual'],
    ]);
    expect(parts[0]!.id).toBe(item.id);
    expect(parts.map(leads)).toEqual([['南宁市生态环境局'], ['柳州市生态环境局'], ['水生态环境处']]);
    // Co-leads, regions, tags and the text stay; a new part without text starts empty.
    expect(parts.map((p) => p.units.filter((u) => u.role === 'co').map((u) => u.orgName))).toEqual([
      ['广西壮族自治区生态环境厅'],
      ['广西壮族自治区生态环境厅'],
      ['广西壮族自治区生态环境厅'],
    ]);
    expect(parts.map((p) => [p.text, p.regionCodes, p.tags, p.parentId, p.rootId])).toEqual([
      ['原文', ['450100'], ['water'], section.id, section.id],
      ['柳州部分', ['450100'], ['water'], section.id, section.id],
      ['', ['450100'], ['water'], section.id, section.id],
    ]);
    expect(parts[0]!.indicators.map((x) => x.name)).toEqual(['整治完成率']);
    expect(parts[1]!.indicators).toEqual([]);
    expect((await itemOf(measure.id)).parentId).toBe(item.id);
    // The parts stand where the item stood; the sibling after it moved down.
    expect((await childrenOf(section.id)).map((c) => c.id)).toEqual([
      before.id,
      item.id,
      parts[1]!.id,
      parts[2]!.id,
      after.id,
    ]);
    expect((await actions(item.id)).map((a) => a.action)).toEqual(['workplan.item.create', 'workplan.item.split']);
    expect(await actions(parts[1]!.id)).toEqual([
      { action: 'workplan.item.split', after: expect.objectContaining({ splitFrom: item.id, number: '2-2.' }) },
    ]);
  });

  it('refuses a split into fewer than 2 parts (400 at body.parts), an unknown unit (400), out of reach (404)', async () => {
    const liuzhouItem = await createItem(admin, planId, {
      number: '（3）',
      title: '柳州任务',
      leadUnitIds: [orgs.liuzhou],
      regionCodes: ['450200'],
    });
    const one = await admin.request('POST', `/api/v1/workplan/items/${liuzhouItem.id}/split`, {
      parts: [{ title: '只有一部分' }],
    });
    expect(one.statusCode).toBe(400);
    expect(one.json().error.details[0].path).toBe('body.parts');
    const unknown = await admin.request('POST', `/api/v1/workplan/items/${liuzhouItem.id}/split`, {
      parts: [{ title: 'a' }, { title: 'b', leadUnitIds: ['nope'] }],
    });
    expect(unknown.statusCode).toBe(400);
    const nanning = await t.login('nanning_officer');
    const outside = await nanning.request('POST', `/api/v1/workplan/items/${liuzhouItem.id}/split`, {
      parts: [{ title: 'a' }, { title: 'b' }],
    });
    expect(outside.statusCode).toBe(404);
    expect((await itemOf(liuzhouItem.id)).title).toBe('柳州任务');
    // Its own item, but a part handed to another city would leave its reach unseen: refused, nothing saved.
    const own = await createItem(admin, planId, { title: '南宁任务', leadUnitIds: [orgs.nanning] });
    const handed = await nanning.request('POST', `/api/v1/workplan/items/${own.id}/split`, {
      parts: [{ title: '南宁部分' }, { title: '柳州部分', leadUnitIds: [orgs.liuzhou] }],
    });
    expect(handed.statusCode).toBe(400);
    expect(handed.json().error.details[0].path).toBe('body.parts.1.leadUnitIds');
    expect((await itemOf(own.id)).title).toBe('南宁任务');
    // A top-level item's parts are each their own root; a bracketed number takes the suffix inside.
    const ok = await admin.request('POST', `/api/v1/workplan/items/${liuzhouItem.id}/split`, {
      parts: [{ title: 'a' }, { title: 'b' }],
    });
    const [a, b] = ok.json().items as ItemBody[];
    expect([a!.number, b!.number]).toEqual(['（3-1）', '（3-2）']);
    expect([a!.rootId, b!.rootId, b!.level]).toEqual([a!.id, b!.id, 1]);
  });

  it('merges siblings: texts joined, units unioned, the latest deadline; children, indicators and reports move', async () => {
    const section = await createItem(admin, planId, { kind: 'section', title: '大气', leadUnitIds: [orgs.dept] });
    const kept = await createItem(admin, planId, {
      parentId: section.id,
      title: '南宁扬尘治理',
      text: '加强工地扬尘管控',
      leadUnitIds: [orgs.nanning],
      regionCodes: ['450100'],
      tags: ['air'],
      deadline: '2033-06-30',
      indicators: [{ name: '工地覆盖率', unit: '%', direction: 'at_least', target: 95 }],
    });
    await createItem(admin, planId, { parentId: kept.id, kind: 'measure', title: '巡查' });
    const other = await createItem(admin, planId, {
      parentId: section.id,
      title: '柳州扬尘治理',
      text: '道路保洁',
      leadUnitIds: [orgs.liuzhou],
      coUnitIds: [orgs.air],
      regionCodes: ['450200'],
      deadline: '2033-10-31',
      indicators: [{ name: '道路机扫率', unit: '%', direction: 'at_least', target: 80 }],
    });
    const otherMeasure = await createItem(admin, planId, { parentId: other.id, kind: 'measure', title: '机扫' });
    const third = await createItem(admin, planId, { parentId: section.id, title: '扬尘通报', leadUnitIds: [orgs.air] });
    await report(admin, other.id, roundIds[0]!, orgs.liuzhou);
    const notice = await admin.request('POST', `/api/v1/workplan/items/${other.id}/notices`, { reason: '进度滞后' });
    expect(notice.statusCode, notice.body).toBe(201);

    const res = await admin.request('POST', `/api/v1/workplan/items/${kept.id}/merge`, {
      otherIds: [other.id, third.id],
    });
    expect(res.statusCode, res.body).toBe(200);
    const merged = res.json() as ItemBody;
    expect(merged).toMatchObject({
      id: kept.id,
      title: '南宁扬尘治理',
      text: '加强工地扬尘管控\n柳州扬尘治理：道路保洁\n扬尘通报',
      deadline: '2033-10-31',
      deadlineSource: 'manual',
      regionCodes: ['450100', '450200'],
      tags: ['air'],
    });
    expect(leads(merged)).toEqual(['南宁市生态环境局', '大气环境处', '柳州市生态环境局']);
    expect(merged.units.filter((u) => u.role === 'co')).toEqual([]); // 大气环境处 leads (from 扬尘通报), so it is no co-lead
    expect(merged.indicators.map((x) => x.name)).toEqual(['工地覆盖率', '道路机扫率']);
    expect((await childrenOf(kept.id)).map((c) => c.title)).toEqual(['巡查', '机扫']);
    expect((await itemOf(otherMeasure.id)).parentId).toBe(kept.id);
    expect((await admin.request('GET', `/api/v1/workplan/items/${other.id}`)).statusCode).toBe(404);
    expect((await admin.request('GET', `/api/v1/workplan/items/${third.id}`)).statusCode).toBe(404);
    const reports = (await admin.request('GET', `/api/v1/workplan/items/${kept.id}/reports`)).json();
    expect((reports.items ?? reports).map((r: { unitName: string }) => r.unitName)).toEqual(['柳州市生态环境局']);
    const notices = (await admin.request('GET', `/api/v1/workplan/notices?itemId=${kept.id}`)).json();
    expect((notices.items ?? notices).map((n: { reason: string }) => n.reason)).toEqual(['进度滞后']);
    expect((await actions(kept.id)).map((a) => a.action)).toContain('workplan.item.merge');
    expect((await actions(other.id)).at(-1)).toEqual({ action: 'workplan.item.merge', after: { mergedInto: kept.id } });
  });

  it('merges top-level items: the branches moved take the kept root', async () => {
    const kept = await createItem(admin, planId, { kind: 'section', number: '五、', title: '甲' });
    const other = await createItem(admin, planId, { kind: 'section', number: '六、', title: '乙' });
    const task = await createItem(admin, planId, { parentId: other.id, title: '乙的任务' });
    const measure = await createItem(admin, planId, { parentId: task.id, kind: 'measure', title: '乙的措施' });
    const res = await admin.request('POST', `/api/v1/workplan/items/${kept.id}/merge`, { otherIds: [other.id] });
    expect(res.statusCode, res.body).toBe(200);
    expect(await itemOf(task.id)).toMatchObject({ parentId: kept.id, rootId: kept.id, level: 2 });
    expect(await itemOf(measure.id)).toMatchObject({ parentId: task.id, rootId: kept.id, level: 3 });
  });

  it('refuses merging items of another plan or parent (409, coded), out of reach (404), overlapping reports (409)', async () => {
    const a = await createItem(admin, planId, {
      title: '甲任务',
      leadUnitIds: [orgs.nanning],
      regionCodes: ['450100'],
    });
    const b = await createItem(admin, planId, {
      title: '乙任务',
      leadUnitIds: [orgs.nanning],
      regionCodes: ['450100'],
    });
    const child = await createItem(admin, planId, { parentId: b.id, title: '乙的下级' });
    const foreign = await createItem(admin, otherPlanId, { title: '另一要点的任务' });
    const liuzhou = await createItem(admin, planId, {
      title: '柳州任务',
      leadUnitIds: [orgs.liuzhou],
      regionCodes: ['450200'],
    });

    const strangers = await admin.request('POST', `/api/v1/workplan/items/${a.id}/merge`, {
      otherIds: [foreign.id, child.id],
    });
    expect(strangers.statusCode).toBe(409);
    expect(strangers.json().error.code).toBe('ITEM_MERGE_NOT_SIBLINGS');
    expect(strangers.json().error.details.map((d: { path: string; code: string }) => [d.path, d.code])).toEqual([
      ['body.otherIds.0', 'OTHER_PLAN'],
      ['body.otherIds.1', 'OTHER_PARENT'],
    ]);
    const self = await admin.request('POST', `/api/v1/workplan/items/${a.id}/merge`, { otherIds: [a.id] });
    expect(self.statusCode).toBe(400);
    expect((await admin.request('POST', `/api/v1/workplan/items/${a.id}/merge`, { otherIds: [] })).statusCode).toBe(
      400,
    );

    const nanning = await t.login('nanning_officer');
    const outside = await nanning.request('POST', `/api/v1/workplan/items/${a.id}/merge`, { otherIds: [liuzhou.id] });
    expect(outside.statusCode).toBe(404);
    expect(outside.json().error.details[0].path).toBe('body.otherIds.0');
    expect(
      (await nanning.request('POST', `/api/v1/workplan/items/${liuzhou.id}/merge`, { otherIds: [a.id] })).statusCode,
    ).toBe(404);
    expect((await itemOf(liuzhou.id)).title).toBe('柳州任务');

    await report(nanning, a.id, roundIds[1]!);
    await report(nanning, b.id, roundIds[1]!);
    const overlap = await admin.request('POST', `/api/v1/workplan/items/${a.id}/merge`, { otherIds: [b.id] });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error.code).toBe('ITEM_MERGE_REPORTS_OVERLAP');
    expect((await itemOf(b.id)).title).toBe('乙任务'); // nothing happened
    expect((await itemOf(child.id)).parentId).toBe(b.id);
  });

  it('moves an item from a city bureau only within its reach', async () => {
    const own = await createItem(admin, planId, {
      title: '南宁自有',
      leadUnitIds: [orgs.nanning],
      regionCodes: ['450100'],
    });
    const under = await createItem(admin, planId, {
      title: '南宁上级',
      leadUnitIds: [orgs.nanning],
      regionCodes: ['450100'],
    });
    const theirs = await createItem(admin, planId, {
      title: '柳州的',
      leadUnitIds: [orgs.liuzhou],
      regionCodes: ['450200'],
    });
    const nanning = await t.login('nanning_officer');
    const refused = await nanning.request('POST', `/api/v1/workplan/items/${theirs.id}/move`, { parentId: under.id });
    expect(refused.statusCode).toBe(404);
    const intoTheirs = await nanning.request('POST', `/api/v1/workplan/items/${own.id}/move`, { parentId: theirs.id });
    expect(intoTheirs.statusCode).toBe(404);
    expect(intoTheirs.json().error.details[0].path).toBe('body.parentId');
    const moved = await nanning.request('POST', `/api/v1/workplan/items/${own.id}/move`, { parentId: under.id });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ parentId: under.id, level: 2, rootId: under.id });
  });
});
