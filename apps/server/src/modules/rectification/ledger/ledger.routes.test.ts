import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../../../modules';
import { firstRun } from '../../../platform/bootstrap';
import { shanghaiDateStart } from '../../../platform/time-zone';
import { monitoringReads, processDirtyRollups, storeReadings } from '../../monitoring';
import { findMetric } from '../../../platform/metrics/metric-registry';
import { createTestApp, multipartFile, orgIdOf, testDatabases, type TestApp } from '../../../test/harness';

const plan = (batchId: string, leadOrgId: string, over: Record<string, unknown> = {}) => ({
  batchId,
  itemNo: 'T1',
  problem: '测试问题：某河段水质超标',
  regionCode: '450100',
  leadOrgId,
  acceptanceUnit: '南宁市人民政府',
  target: '断面水质达到Ⅲ类',
  measures: ['截污', '清淤'],
  deadline: '2026-12-31',
  horizon: 'short',
  ...over,
});

describe.each(testDatabases())('rectification ledger on $name', (db) => {
  let t: TestApp;
  let batchId: string;
  let nanning: string;
  beforeAll(async () => {
    t = await createTestApp(db);
    nanning = await orgIdOf(t.deps, '450100');
    const admin = await t.login('admin');
    const res = await admin.request('POST', '/api/v1/rectification/batches', {
      kind: 'special',
      name: '测试专项督察',
      feedbackDate: '2026-01-10',
    });
    expect(res.statusCode).toBe(201);
    batchId = res.json().id;
  }, 240_000);
  afterAll(() => t?.close());

  it('refuses anonymous callers, callers without the permission and bad bodies with the field', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/rectification/problems' })).statusCode).toBe(401);
    const enterprise = await t.login('enterprise_demo');
    expect((await enterprise.request('GET', '/api/v1/rectification/problems')).statusCode).toBe(403);
    const admin = await t.login('admin');
    const bad = await admin.request(
      'POST',
      '/api/v1/rectification/problems',
      plan(batchId, nanning, { deadline: '31/12/2026' }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.deadline');
    const city = await t.login('nanning_officer');
    const batch = await city.request('POST', '/api/v1/rectification/batches', {
      kind: 'special',
      name: 'x',
      feedbackDate: '2026-01-01',
    });
    expect(batch.statusCode).toBe(403);
  });

  it('runs a problem through the state machine with a permission per step, audited', async () => {
    const city = await t.login('nanning_officer');
    const admin = await t.login('admin');
    const created = await city.request('POST', '/api/v1/rectification/problems', plan(batchId, nanning));
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect(created.json().status).toBe('not_started');
    expect(created.json().allowedSteps).toEqual(['start']);
    const step = (who: typeof city, body: Record<string, unknown>) =>
      who.request('POST', `/api/v1/rectification/problems/${id}/steps`, body);
    expect((await step(city, { step: 'complete' })).json().error.code).toBe('RECTIFICATION_STATE_CONFLICT');
    expect((await step(city, { step: 'start', date: '2026-11-02' })).json().state).toBe('in_progress');
    expect((await step(city, { step: 'start', date: '2026-10-01' })).statusCode).toBe(400); // before the last step
    const evidence = await city.request('POST', `/api/v1/rectification/problems/${id}/evidence`, {
      kind: 'photo',
      filename: '现场.png',
      contentType: 'image/png',
      contentBase64: Buffer.from('png-bytes').toString('base64'),
    });
    expect(evidence.json().evidence).toHaveLength(1);
    const file = await city.request('GET', `/api/v1/rectification/evidence/${evidence.json().evidence[0].id}`);
    expect(file.body).toBe('png-bytes');
    expect((await step(city, { step: 'complete', date: '2026-11-10' })).json().state).toBe('awaiting_acceptance');
    // The city reports; it does not accept its own work.
    expect((await step(city, { step: 'self_accept' })).statusCode).toBe(403);
    expect((await step(admin, { step: 'reject', date: '2026-11-11', note: '证据不足' })).json().state).toBe(
      'in_progress',
    );
    await step(city, { step: 'complete', date: '2026-11-12' });
    await step(admin, { step: 'self_accept', date: '2026-11-13', unit: '南宁市人民政府' });
    expect((await step(admin, { step: 'close' })).json().error.code).toBe('RECTIFICATION_STATE_CONFLICT');
    const higher = await step(admin, { step: 'higher_accept', date: '2026-11-16', unit: '督察办' });
    expect(higher.json().allowedSteps).toEqual(['notice', 'close', 'accountability']);
    expect((await step(admin, { step: 'close' })).json().error.code).toBe('RECTIFICATION_STATE_CONFLICT');
    // Notice from Monday 23 Nov: five working days end Friday 27 Nov; today (Sat 28 Nov) it is over.
    const notice = await step(admin, { step: 'notice', date: '2026-11-23', url: 'https://example.gov.cn/gs' });
    expect(notice.json().notice).toMatchObject({ from: '2026-11-23', to: '2026-11-27', workingDays: 5, isOver: true });
    const closed = await step(admin, { step: 'close' });
    expect(closed.json()).toMatchObject({ state: 'closed', closedOn: '2026-11-28' });
    const audit = await t.deps.db.selectFrom('audit_log').select('action').where('entity_id', '=', id).execute();
    expect(audit.map((a) => a.action)).toContain('rectification.problem.step');
    expect(audit.map((a) => a.action)).toContain('rectification.evidence.add');

    // A rebound reopens the closed problem; a new close needs a new notice.
    const rebound = await step(admin, { step: 'rebound', note: '问题复现' });
    expect(rebound.json()).toMatchObject({
      state: 'rebounded',
      status: 'rebounded',
      reboundCount: 1,
      notice: null,
      closedOn: null,
    });
    expect(rebound.json().allowedSteps).toEqual(['progress', 'complete', 'accountability']);
    expect((await step(city, { step: 'complete' })).json().state).toBe('awaiting_acceptance');
  });

  it('refuses a close while the notice runs, counted in working days over a weekend from the setting', async () => {
    const admin = await t.login('admin');
    expect((await admin.request('PUT', '/api/v1/rectification/settings', { noticeWorkingDays: 7 })).statusCode).toBe(
      200,
    );
    const created = await admin.request(
      'POST',
      '/api/v1/rectification/problems',
      plan(batchId, nanning, { itemNo: 'T2' }),
    );
    const id = created.json().id as string;
    for (const [s, date] of [
      ['start', '2026-11-02'],
      ['complete', '2026-11-03'],
      ['self_accept', '2026-11-04'],
      ['higher_accept', '2026-11-05'],
    ])
      await admin.request('POST', `/api/v1/rectification/problems/${id}/steps`, { step: s, date });
    // Friday 20 Nov + 7 working days (the 20th counted): 20, 23–27, 30 Nov.
    const notice = await admin.request('POST', `/api/v1/rectification/problems/${id}/steps`, {
      step: 'notice',
      date: '2026-11-20',
    });
    expect(notice.json().notice).toMatchObject({ to: '2026-11-30', workingDays: 7, isOver: false });
    const early = await admin.request('POST', `/api/v1/rectification/problems/${id}/steps`, { step: 'close' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('RECTIFICATION_NOTICE_RUNNING');
    t.clock.set('2026-12-01T02:00:00Z');
    try {
      const later = await t.login('admin'); // the session of three days ago has lapsed
      const closed = await later.request('POST', `/api/v1/rectification/problems/${id}/steps`, { step: 'close' });
      expect(closed.json().state).toBe('closed');
    } finally {
      t.clock.set('2026-11-28T02:00:00Z');
      await (await t.login('admin')).request('PUT', '/api/v1/rectification/settings', { noticeWorkingDays: 5 });
    }
  });

  it('keeps a city to its own problems (404 outside), while the department sees all', async () => {
    const city = await t.login('nanning_officer');
    const list = (await city.request('GET', '/api/v1/rectification/problems?pageSize=200')).json();
    expect(list.total).toBeGreaterThan(0);
    expect(list.items.every((p: { regionCode: string }) => p.regionCode.startsWith('4501'))).toBe(true);
    const leader = await t.login('leader');
    const all = (await leader.request('GET', '/api/v1/rectification/problems?pageSize=200')).json();
    const guilin = all.items.find((p: { regionCode: string }) => p.regionCode.startsWith('4503'));
    expect(guilin).toBeDefined();
    expect((await city.request('GET', `/api/v1/rectification/problems/${guilin.id}`)).statusCode).toBe(404);
    const write = await city.request('POST', `/api/v1/rectification/problems/${guilin.id}/steps`, { step: 'progress' });
    expect(write.statusCode).toBe(404);
    const elsewhere = await city.request(
      'POST',
      '/api/v1/rectification/problems',
      plan(batchId, await orgIdOf(t.deps, '450300'), { itemNo: 'T3', regionCode: '450300' }),
    );
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error.details[0].path).toBe('body.regionCode');
  });

  it('shows the demo ledger with a spread of statuses, the overdue filter and the live section class', async () => {
    const leader = await t.login('leader');
    const batches = (await leader.request('GET', '/api/v1/rectification/batches')).json().items;
    const central = batches.find((b: { kind: string }) => b.kind === 'central');
    expect(central.total).toBe(30);
    for (const s of [
      'not_started',
      'in_progress',
      'overdue',
      'awaiting_acceptance',
      'self_accepted',
      'higher_accepted',
      'closed',
      'rebounded',
    ])
      expect(central.counts[s], s).toBeGreaterThan(0);
    const overdue = (await leader.request('GET', `/api/v1/rectification/problems?status=overdue&pageSize=200`)).json();
    expect(overdue.items.every((p: { isOverdue: boolean }) => p.isOverdue)).toBe(true);
    const before = await leader.request('GET', '/api/v1/rectification/problems/rect-demo-central-1');
    expect(before.json().monitoring).toMatchObject({ stationCode: 'GX-W-0105', requiredClass: 3, waterClass: null });
    // A month of class IV samples (GB 3838-2002) at the section: the problem shows it without anyone reporting.
    const section = (await monitoringReads.listStations(t.deps.db, { kinds: ['water_river'] })).find(
      (s) => s.code === 'GX-W-0105',
    );
    const sample = { ph: 7.5, do: 4, codmn: 8, cod: 25, bod5: 5, nh3_n: 1.2, tp: 0.25 };
    await storeReadings(
      t.deps.db,
      t.deps.clock,
      Object.entries(sample).map(([parameter, value]) => ({
        stationId: section!.id,
        parameter,
        period: '1d' as const,
        periodStart: shanghaiDateStart('2026-10-10'),
        value,
        valueText: String(value),
        flag: 'N',
      })),
      'import',
    );
    while ((await processDirtyRollups(t.deps.db, t.deps.clock, 500)) > 0);
    const linked = await leader.request('GET', '/api/v1/rectification/problems/rect-demo-central-1');
    expect(linked.json().monitoring).toMatchObject({
      stationName: '邕江水塘江',
      month: '2026-10',
      waterClass: 4,
      meetsTarget: false,
    });
  });

  it('publishes only public batches and problems on the portal, without login', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/rectification' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.batches.map((b: { id: string }) => b.id)).not.toContain(batchId);
    expect(body.problems.length).toBe(36);
    expect(JSON.stringify(body)).not.toContain('演示数据');
  });

  it('imports a ledger with row-level errors, and nothing in all-or-nothing mode', async () => {
    const admin = await t.login('admin');
    const csv = [
      '序号,问题,地区,整改实施主体,验收单位,整改目标,整改措施,整改时限,整改类型,监测断面,目标水质类别',
      'I1,问题一,南宁市,南宁市,南宁市人民政府,目标一,措施一；措施二,2027年6月底,短期,GX-W-0102,Ⅲ类',
      'I2,问题二,火星市,南宁市,南宁市人民政府,目标二,措施,2027-06-30,短期,,',
      'I3,问题三,450100,不存在的单位,南宁市人民政府,目标三,措施,明年,永久,,',
      'I1,问题四,450100,南宁市,南宁市人民政府,,措施,2027-06-30,中期,,',
    ].join('\n');
    const up = (query: string) => {
      const f = multipartFile('ledger.csv', csv, 'text/csv');
      return admin.request('POST', `/api/v1/rectification/import?batchId=${batchId}${query}`, f.body, f.headers);
    };
    const dry = (await up('')).json();
    expect(dry).toMatchObject({ dryRun: true, total: 4, valid: 1, applied: 0 });
    const errs = dry.errors.map((e: { row: number; field: string; code: string }) => `${e.row}:${e.field}:${e.code}`);
    expect(errs).toEqual(
      expect.arrayContaining([
        '3:region:UNKNOWN_REGION',
        '4:lead_unit:UNKNOWN_ORG',
        '4:deadline:BAD_TIME',
        '4:horizon:UNKNOWN_LABEL',
        '5:item_no:DUPLICATE',
        '5:target:REQUIRED',
      ]),
    );
    expect((await up('&dryRun=false')).json().applied).toBe(0);
    const partial = (await up('&dryRun=false&mode=valid-rows')).json();
    expect(partial.applied).toBe(1);
    const items = (await admin.request('GET', `/api/v1/rectification/problems?batchId=${batchId}&q=问题一`)).json()
      .items;
    expect(items[0]).toMatchObject({ itemNo: 'I1', deadline: '2027-06-30', horizon: 'short' });
  });

  it('publishes the counts due, done, overdue and rebounded as metrics', async () => {
    const q = { regionCode: '450000', year: 2026, asOf: t.deps.clock.now() };
    const read = async (key: string) => (await findMetric(key)!.read(t.deps, q)).value;
    const leader = await t.login('leader');
    const all = (await leader.request('GET', '/api/v1/rectification/problems?pageSize=200')).json().items as {
      status: string;
      deadline: string;
      state: string;
      isOverdue: boolean;
    }[];
    const done = all.filter((p) => ['self_accepted', 'higher_accepted', 'closed'].includes(p.state)).length;
    expect(await read('rectification.problems_done')).toBe(done);
    expect(await read('rectification.problems_overdue')).toBe(all.filter((p) => p.isOverdue).length);
    expect(await read('rectification.problems_due')).toBe(all.filter((p) => p.deadline <= '2026-11-28').length);
    // The demo's rebound and the one of the state-machine test, both in 2026.
    expect(await read('rectification.problems_rebounded')).toBe(2);
    const nanning = await findMetric('rectification.problems_overdue')!.read(t.deps, { ...q, regionCode: '450100' });
    expect(nanning.value).toBeLessThan((await read('rectification.problems_overdue'))!);
  });
});

describe.each(testDatabases())('rectification on an empty install ($name)', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db, { demo: false, env: { ECOCLOUD_DEMO: '0' } });
    await firstRun(t.deps, MODULES); // the first admin only
  });
  afterAll(() => t?.close());

  it('answers empty lists, an empty portal and null rates', async () => {
    const admin = await t.login('admin');
    expect((await admin.request('GET', '/api/v1/rectification/batches')).json()).toEqual({ items: [], total: 0 });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/public/rectification' })).json()).toEqual({
      batches: [],
      problems: [],
    });
    const rate = await findMetric('rectification.due_done_pct')!.read(t.deps, {
      regionCode: '450000',
      year: 2026,
      asOf: t.deps.clock.now(),
    });
    expect(rate.value).toBeNull();
  });
});
