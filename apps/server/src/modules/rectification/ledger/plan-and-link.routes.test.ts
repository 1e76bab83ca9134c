import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../platform/demo/seed-demo';
import { createTestApp, multipartFile, orgIdOf, testDatabases, type TestApp } from '../../../test/harness';
import { rectificationModule } from '..';

const BATCHES = '/api/v1/rectification/batches';
const PROBLEMS = '/api/v1/rectification/problems';

describe.each(testDatabases())('a problem plan edited, a batch linked to its 交办件 on $name', (db) => {
  let t: TestApp;
  let nanning: string;
  const plan = (over: Record<string, unknown> = {}) => ({
    batchId: 'rect-demo-provincial',
    itemNo: 'P1',
    problem: '测试问题：工业园区污水直排',
    regionCode: '450100',
    leadOrgId: nanning,
    acceptanceUnit: '南宁市人民政府',
    target: '园区污水全收集全处理',
    measures: ['完善管网'],
    deadline: '2027-06-30',
    horizon: 'medium',
    ...over,
  });
  beforeAll(async () => {
    t = await createTestApp(db, { demo: false });
    await seedDemo(t.deps, [rectificationModule]);
    nanning = await orgIdOf(t.deps, '450100');
    // A 交办件 batch of three reports (two in Nanning, one in Guilin), two answered, one of them substantiated.
    const csv = [
      '交办编号,问题类型,问题描述,行政区划代码,地址,交办日期',
      'ZY-2026-07,异味,园区夜间异味明显,450100,南宁市某工业园,2026-11-02',
      'ZY-2026-07,噪声,工地夜间施工噪声扰民,450100,南宁市某工地,2026-11-02',
      'ZY-2026-07,扬尘,露天堆场扬尘严重,450300,桂林市某堆场,2026-11-03',
    ].join('\n');
    const f = multipartFile('jiaoban.csv', csv, 'text/csv');
    const admin = await t.login('admin');
    const imported = await admin.request('POST', '/api/v1/complaints/import?dryRun=false', f.body, f.headers);
    expect(imported.json(), imported.body).toMatchObject({ applied: 3 });
    const rows = await t.deps.db.selectFrom('complaints').select(['id', 'region_code', 'kind']).execute();
    const answer = async (kind: string, substantiated: number) =>
      t.deps.db
        .updateTable('complaints')
        .set({ state: 'answered', replied_on: '2026-11-20', substantiated, published_answer: '已办结' })
        .where('id', '=', rows.find((r) => r.kind === kind)!.id)
        .execute();
    await answer('odour', 1);
    await answer('dust', 0);
  }, 240_000);
  afterAll(() => t?.close());

  it('links a batch to a known 交办件 batch with its counts, and refuses an unknown one on the field', async () => {
    const admin = await t.login('admin');
    const body = { kind: 'central', name: '第三轮督察（交办件）', feedbackDate: '2026-11-01' };
    const unknown = await admin.request('POST', BATCHES, { ...body, complaintBatchRef: 'ZY-NOPE' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0]).toMatchObject({
      path: 'body.complaintBatchRef',
      code: 'UNKNOWN_COMPLAINT_BATCH',
    });
    const linked = await admin.request('POST', BATCHES, { ...body, complaintBatchRef: 'ZY-2026-07' });
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json().complaintBatch).toEqual({ ref: 'ZY-2026-07', received: 3, answered: 2, substantiated: 1 });
    // A city counts the reports its own units handle.
    const city = (await (await t.login('nanning_officer')).request('GET', BATCHES)).json();
    const seen = city.items.find((b: { id: string }) => b.id === linked.json().id);
    expect(seen.complaintBatch).toEqual({ ref: 'ZY-2026-07', received: 2, answered: 1, substantiated: 1 });
    const plain = city.items.find((b: { id: string }) => b.id === 'rect-demo-provincial');
    expect(plain.complaintBatch).toBeNull();
    const changed = await admin.request('PUT', `${BATCHES}/${linked.json().id}`, { ...body, complaintBatchRef: 'X' });
    expect(changed.json().error.details[0].path).toBe('body.complaintBatchRef');
  });

  it('keeps a ref recorded before the check when the batch is edited, and counts it zero', async () => {
    const admin = await t.login('admin');
    const demo = (await admin.request('GET', BATCHES))
      .json()
      .items.find((b: { id: string }) => b.id === 'rect-demo-central');
    expect(demo.complaintBatch).toEqual({ ref: 'DEMO-TS-01', received: 0, answered: 0, substantiated: 0 });
    const edited = await admin.request('PUT', `${BATCHES}/rect-demo-central`, {
      kind: demo.kind,
      name: demo.name,
      round: '第三轮（改）',
      feedbackDate: demo.feedbackDate,
      isPublic: true,
      complaintBatchRef: 'DEMO-TS-01',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().round).toBe('第三轮（改）');
  });

  it('creates a problem and edits its plan, refusing bad fields, a moved item and an unknown 交办件 batch', async () => {
    const city = await t.login('nanning_officer');
    const unknownRef = await city.request('POST', PROBLEMS, plan({ complaintBatchRef: 'ZY-NOPE' }));
    expect(unknownRef.json().error.details[0].path).toBe('body.complaintBatchRef');
    const created = await city.request('POST', PROBLEMS, plan({ complaintBatchRef: 'ZY-2026-07' }));
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect((await city.request('POST', PROBLEMS, plan())).json().error.code).toBe('CONFLICT'); // same item number
    const empty = await city.request('PUT', `${PROBLEMS}/${id}`, plan({ target: '', measures: [] }));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body.target', 'body.measures']),
    );
    const moved = await city.request('PUT', `${PROBLEMS}/${id}`, plan({ itemNo: 'P2' }));
    expect(moved.json().error.details[0].path).toBe('body.itemNo');
    await city.request('POST', `${PROBLEMS}/${id}/steps`, { step: 'start' });
    const edited = await city.request(
      'PUT',
      `${PROBLEMS}/${id}`,
      plan({
        deadline: '2027-12-31',
        horizon: 'long',
        measures: ['完善管网', '建设应急池'],
        acceptanceUnit: '南宁市政府',
        complaintBatchRef: 'ZY-2026-07',
      }),
    );
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      deadline: '2027-12-31',
      horizon: 'long',
      measures: ['完善管网', '建设应急池'],
      acceptanceUnit: '南宁市政府',
      state: 'in_progress', // the plan changes, the state and history stay
      complaintBatchRef: 'ZY-2026-07',
    });
    const audit = await t.deps.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toContain('rectification.problem.update');
  });

  it('checks the 交办件 batch of each imported row', async () => {
    const csv = [
      '序号,问题,地区,整改实施主体,验收单位,整改目标,整改措施,整改时限,整改类型,信访件批次',
      'J1,问题一,南宁市,南宁市,南宁市人民政府,目标一,措施一,2027-06-30,短期,ZY-2026-07',
      'J2,问题二,南宁市,南宁市,南宁市人民政府,目标二,措施二,2027-06-30,短期,ZY-NOPE',
    ].join('\n');
    const f = multipartFile('ledger.csv', csv, 'text/csv');
    const admin = await t.login('admin');
    const dry = (
      await admin.request('POST', '/api/v1/rectification/import?batchId=rect-demo-provincial', f.body, f.headers)
    ).json();
    expect(dry).toMatchObject({ total: 2, valid: 1 });
    expect(dry.errors).toEqual([
      expect.objectContaining({ row: 3, field: 'complaint_batch_ref', code: 'UNKNOWN_COMPLAINT_BATCH' }),
    ]);
  });
});
