import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { createItem, createPlan } from '../shared/workplan.test-fixtures';

type Read = {
  id: string;
  title: string;
  deadline: string | null;
  deadlineSource?: string | null;
  indicators: { id: string; name: string; deadline: string | null; deadlineSource?: string | null }[];
};

const proposed = (over: Record<string, unknown>) => ({
  level: 1,
  kind: 'task',
  number: '',
  text: '',
  tags: [],
  regions: [],
  units: [],
  deadline: null,
  indicators: [],
  children: [],
  ...over,
});

/** Where a deadline comes from: kept from the importer's reading on save, `manual` once a person sets it. */
describe.each(testDatabases())('work plan deadline sources on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let planId: string;
  let byTitle: Map<string, Read>;

  const itemOf = async (id: string) => (await admin.request('GET', `/api/v1/workplan/items/${id}`)).json() as Read;

  beforeAll(async () => {
    t = await createTestApp(db);
    admin = await t.login('admin');
    planId = await createPlan(t, admin, 2035);
    const saved = await admin.request('POST', `/api/v1/workplan/plans/${planId}/import`, {
      items: [
        proposed({
          kind: 'section',
          number: '一、',
          title: '办好六五环境日',
          deadline: '2035-06-05',
          deadlineSource: 'text',
          indicators: [
            {
              name: '宣传活动场次',
              unit: '场',
              direction: 'reach',
              target: 10,
              deadline: '2035-12-31',
              deadlineSource: 'default',
              sentence: '开展宣传活动10场',
            },
          ],
          children: [
            proposed({ level: 2, title: '筹备主场活动', deadline: '2035-06-05', deadlineSource: 'inherited' }),
          ],
        }),
        proposed({ title: '推进固废治理', deadline: '2035-12-31', deadlineSource: 'default' }),
        proposed({ title: '总体要求', kind: 'section' }),
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const items = (await admin.request('GET', `/api/v1/workplan/plans/${planId}/items`)).json().items as Read[];
    byTitle = new Map(items.map((i) => [i.title, i]));
  });
  afterAll(() => t?.close());

  it("keeps the importer's reading of each deadline, on items and indicators", () => {
    expect(
      ['办好六五环境日', '筹备主场活动', '推进固废治理', '总体要求'].map((title) => {
        const i = byTitle.get(title)!;
        return [title, i.deadline, i.deadlineSource];
      }),
    ).toEqual([
      ['办好六五环境日', '2035-06-05', 'text'],
      ['筹备主场活动', '2035-06-05', 'inherited'],
      ['推进固废治理', '2035-12-31', 'default'],
      ['总体要求', null, null],
    ]);
    expect(byTitle.get('办好六五环境日')!.indicators[0]).toMatchObject({
      name: '宣传活动场次',
      deadline: '2035-12-31',
      deadlineSource: 'default',
    });
  });

  it('turns a deadline someone sends (even unchanged) into manual; other edits leave the source', async () => {
    const id = byTitle.get('推进固废治理')!.id;
    await admin.request('PATCH', `/api/v1/workplan/items/${id}`, { title: '推进固体废物治理' });
    expect(await itemOf(id)).toMatchObject({ deadline: '2035-12-31', deadlineSource: 'default' });
    const confirmed = await admin.request('PATCH', `/api/v1/workplan/items/${id}`, { deadline: '2035-12-31' });
    expect(confirmed.json()).toMatchObject({ deadline: '2035-12-31', deadlineSource: 'manual' });
    const cleared = await admin.request('PATCH', `/api/v1/workplan/items/${id}`, { deadline: null });
    expect(cleared.json()).toMatchObject({ deadline: null, deadlineSource: null });
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('after_json')
      .where('entity_id', '=', id)
      .where('action', '=', 'workplan.item.update')
      .orderBy('seq')
      .execute();
    expect(JSON.parse(audit[1]!.after_json!)).toMatchObject({ deadlineSource: 'manual' });
  });

  it('marks bulk-assigned and indicator deadlines manual; an item created with a deadline is manual', async () => {
    const inherited = byTitle.get('筹备主场活动')!.id;
    await admin.request('POST', `/api/v1/workplan/plans/${planId}/items/assign`, {
      itemIds: [inherited],
      deadline: '2035-06-01',
    });
    expect(await itemOf(inherited)).toMatchObject({ deadline: '2035-06-01', deadlineSource: 'manual' });

    const indicator = byTitle.get('办好六五环境日')!.indicators[0]!;
    const edited = await admin.request('PATCH', `/api/v1/workplan/indicators/${indicator.id}`, { target: 12 });
    expect(edited.json()).toMatchObject({ target: 12, deadlineSource: 'default' });
    const dated = await admin.request('PATCH', `/api/v1/workplan/indicators/${indicator.id}`, {
      deadline: '2035-11-30',
    });
    expect(dated.json()).toMatchObject({ deadline: '2035-11-30', deadlineSource: 'manual' });

    const made = await createItem(admin, planId, { title: '新任务', deadline: '2035-09-30' });
    expect(await itemOf(made.id)).toMatchObject({ deadlineSource: 'manual' });
    const undated = await createItem(admin, planId, { title: '无时限任务' });
    expect(await itemOf(undated.id)).toMatchObject({ deadline: null, deadlineSource: null });
  });
});
