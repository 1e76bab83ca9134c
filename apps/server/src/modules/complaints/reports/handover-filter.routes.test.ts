import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplaintSummary } from '@ecocloud/contracts';
import { seedDemo } from '../../../platform/demo/seed-demo';
import { createTestApp, multipartFile, testDatabases, type Agent, type TestApp } from '../../../test/harness';

type List = { items: ComplaintSummary[]; total: number };

describe.each(testDatabases())('the complaints list filtered by 交办编号 on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let nanning: Agent;
  const list = async (agent: Agent, query: string) => {
    const res = await agent.request('GET', `/api/v1/complaints?pageSize=200&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as List;
  };

  beforeAll(async () => {
    t = await createTestApp(db, { demo: false });
    await seedDemo(t.deps, []); // organisations and one user per role; no report of the demo
    admin = await t.login('admin');
    nanning = await t.login('nanning_officer');
    // Batch ZY-A: two reports in Nanning, one in Guilin; batch ZY-B: one in Nanning. Plus a hotline call.
    const csv = [
      '交办编号,问题类型,问题描述,行政区划代码,地址,交办日期',
      'ZY-A,异味,园区夜间异味明显,450100,南宁市某工业园,2026-11-02',
      'ZY-A,噪声,工地夜间施工噪声扰民,450100,南宁市某工地,2026-11-02',
      'ZY-A,扬尘,露天堆场扬尘严重,450300,桂林市某堆场,2026-11-03',
      'ZY-B,异味,养殖场臭味扰民,450100,南宁市某养殖场,2026-11-04',
    ].join('\n');
    const f = multipartFile('jiaoban.csv', csv, 'text/csv');
    const imported = await admin.request('POST', '/api/v1/complaints/import?dryRun=false', f.body, f.headers);
    expect(imported.json(), imported.body).toMatchObject({ applied: 4 });
    const call = await admin.request('POST', '/api/v1/complaints', {
      channel: 'hotline',
      kind: 'odour',
      description: '园区夜间异味明显（来电）',
      regionCode: '450100',
      address: '南宁市某工业园',
      reporter: null,
    });
    expect(call.statusCode, call.body).toBe(201);
  });
  afterAll(() => t?.close());

  it("lists one batch's reports only, exactly by its number", async () => {
    expect((await list(admin, '')).total).toBe(5);
    const a = await list(admin, 'handoverBatch=ZY-A');
    expect(a.total).toBe(3);
    expect(a.items.every((c) => c.handoverBatch === 'ZY-A' && c.channel === 'handover')).toBe(true);
    const b = await list(admin, 'handoverBatch=ZY-B');
    expect(b.items.map((c) => c.address)).toEqual(['南宁市某养殖场']);
    // Exact: neither a prefix nor another case names a batch.
    expect((await list(admin, 'handoverBatch=ZY')).total).toBe(0);
    expect((await list(admin, 'handoverBatch=zy-a')).total).toBe(0);
    expect((await list(admin, 'handoverBatch=ZY-NOPE')).total).toBe(0);
    // With the other filters: the words match the call too, the batch keeps only its report.
    const words = encodeURIComponent('园区夜间异味');
    expect((await list(admin, `q=${words}`)).total).toBe(2);
    expect((await list(admin, `q=${words}&handoverBatch=ZY-A`)).items.map((c) => c.channel)).toEqual(['handover']);
    expect((await list(admin, 'handoverBatch=ZY-A&regionCode=450300')).total).toBe(1);
    expect((await admin.request('GET', '/api/v1/complaints?handoverBatch=')).statusCode).toBe(400);
    expect((await admin.request('GET', `/api/v1/complaints?handoverBatch=${'Z'.repeat(61)}`)).statusCode).toBe(400);
  });

  it("stays within the caller's scope: a city sees the batch's reports its units handle", async () => {
    const a = await list(nanning, 'handoverBatch=ZY-A');
    expect(a.total).toBe(2);
    expect(a.items.every((c) => c.regionCode.startsWith('4501') && c.handoverBatch === 'ZY-A')).toBe(true);
    // The demo's inspector works in Guilin: its one report of ZY-A, nothing of the Nanning-only ZY-B.
    const guilin = await t.login('inspector');
    expect((await list(guilin, 'handoverBatch=ZY-A')).items.map((c) => c.regionCode)).toEqual(['450300']);
    expect((await list(guilin, 'handoverBatch=ZY-B')).total).toBe(0);
  });
});
