import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplaintDetail, ComplaintSummary, PublicComplaintStatus } from '@ecocloud/contracts';
import { createTestApp, orgIdOf, testDatabases, type Agent, type TestApp } from '../../test/harness';

async function ok<T>(agent: Agent, method: string, url: string, body?: unknown, status = 200): Promise<T> {
  const res = await agent.request(method, url, body);
  if (res.statusCode !== status) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

const REPORTER = { name: '韦秀英', phone: '13977771234', email: 'wei.xiuying@example.cn' };
const form = (over: Record<string, unknown> = {}) => ({
  kind: 'odour',
  description: '每天夜里十一点后闻到刺鼻的化工气味',
  regionCode: '450100',
  address: '南宁市西乡塘区测试路88号',
  lon: 108.3,
  lat: 22.85,
  occurredOn: '2026-11-05',
  reporter: REPORTER,
  ...over,
});

describe.each(testDatabases())('complaints on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let leader: Agent;
  let nanning: Agent;
  let guilin: Agent;
  const pub = (method: string, url: string, body?: unknown) =>
    t.app.inject({ method: method as 'GET', url, ...(body === undefined ? {} : { payload: body as object }) });
  const file = async (over: Record<string, unknown> = {}) => {
    const res = await pub('POST', '/api/v1/public/complaints', form(over));
    if (res.statusCode !== 201) throw new Error(res.body);
    return (res.json() as { trackingCode: string }).trackingCode;
  };
  const idOf = async (agent: Agent, code: string) =>
    (await ok<{ items: ComplaintSummary[] }>(agent, 'GET', `/api/v1/complaints?q=${code}`)).items[0]!.id;
  const audits = (action: string, entityId?: string) => {
    let q = t.deps.db.selectFrom('audit_log').select(['actor_name', 'entity_id']).where('action', '=', action);
    if (entityId) q = q.where('entity_id', '=', entityId);
    return q.execute();
  };

  beforeAll(async () => {
    t = await createTestApp(db);
    // Friday 2026-11-06 in Shanghai.
    t.clock.set('2026-11-06T02:00:00Z');
    admin = await t.login('admin');
    leader = await t.login('leader');
    nanning = await t.login('nanning_officer');
    guilin = await t.login('inspector');
  });
  afterAll(() => t.close());

  it('takes a report on the portal, routes it to the unit of the place and runs it to a rated answer', async () => {
    const code = await file();
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{12}$/);
    const id = await idOf(nanning, code);
    let c = await ok<ComplaintDetail>(nanning, 'GET', `/api/v1/complaints/${id}`);
    expect(c).toMatchObject({ state: 'received', handlingOrgId: await orgIdOf(t.deps, '450100'), anonymous: false });
    // Received Friday 11-06: 15 days → Saturday 11-21 → Monday 11-23.
    expect(c.clocks[0]).toMatchObject({ code: 'ACCEPTANCE', dueDate: '2026-11-23', rolled: true });
    expect(c.canViewIdentity).toBe(true);

    c = await ok(nanning, 'POST', `/api/v1/complaints/${id}/actions`, { kind: 'accept', classification: 'violation' });
    expect(c.state).toBe('accepted');
    // 60 days from 11-06: 2027-01-05.
    expect(c.clocks.find((k) => k.code === 'HANDLING')).toMatchObject({ dueDate: '2027-01-05' });
    c = await ok(nanning, 'POST', `/api/v1/complaints/${id}/actions`, {
      kind: 'draft_answer',
      answer: '经现场核查，反映属实，已责令整改并立案查处。',
      substantiated: true,
    });
    expect(c.state).toBe('answer_review');
    // The city officer cannot approve (no complaints:review); the answer is not public before approval.
    const refused = await nanning.request('POST', `/api/v1/complaints/${id}/actions`, { kind: 'approve_answer' });
    expect(refused.statusCode).toBe(403);
    let status = (await pub('GET', `/api/v1/public/complaints/${code}`)).json() as PublicComplaintStatus;
    expect(status.publishedAnswer).toBeNull();
    c = await ok(leader, 'POST', `/api/v1/complaints/${id}/actions`, { kind: 'approve_answer' });
    expect(c).toMatchObject({ state: 'answered', repliedOn: '2026-11-06' });

    status = (
      await pub('GET', `/api/v1/public/complaints/${code.toLowerCase().replace(/(.{4})/g, '$1-')}`)
    ).json() as PublicComplaintStatus;
    expect(status).toMatchObject({
      state: 'answered',
      canRate: true,
      publishedAnswer: expect.stringContaining('立案查处'),
    });
    const rated = await pub('POST', `/api/v1/public/complaints/${code}/rating`, { satisfied: true });
    expect(rated.statusCode).toBe(200);
    expect(rated.json()).toMatchObject({ satisfaction: 'satisfied', canRate: false });
    expect((await pub('POST', `/api/v1/public/complaints/${code}/rating`, { satisfied: false })).statusCode).toBe(409);
    expect((await audits('complaints.complaint.rate', id)).length).toBe(1);
  });

  it('shows on the public page nothing beyond its own status and answer; guessed and injected codes reveal nothing', async () => {
    const code = await file();
    const res = await pub('GET', `/api/v1/public/complaints/${code}`);
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json() as object).sort()).toEqual(
      [
        'acceptedOn',
        'canRate',
        'canRequestReview',
        'canRequestReReview',
        'kind',
        'merged',
        'publishedAnswer',
        'receivedOn',
        'referral',
        'repliedOn',
        'reviewAnswer',
        'reReviewAnswer',
        'satisfaction',
        'state',
        'trackingCode',
      ].sort(),
    );
    for (const secret of [REPORTER.name, REPORTER.phone, '测试路', '化工气味']) expect(res.body).not.toContain(secret);
    const unknown = [
      '23456789ABCD',
      `${code.slice(0, 11)}${code[11] === '2' ? '3' : '2'}`,
      "' OR '1'='1",
      '%',
      '../complaints',
      'x'.repeat(40),
    ];
    for (const guess of unknown) {
      const r = await pub('GET', `/api/v1/public/complaints/${encodeURIComponent(guess)}`);
      expect(r.statusCode).toBe(404);
      expect((r.json() as { error: { code: string } }).error.code).toBe('COMPLAINT_NOT_FOUND');
      expect(r.body).not.toContain(REPORTER.name);
    }
    // Codes are random, not sequential: consecutive reports differ in most places.
    const codes = [code, await file(), await file(), await file()];
    for (let i = 1; i < codes.length; i++) {
      const same = [...codes[i]!].filter((ch, k) => ch === codes[i - 1]![k]).length;
      expect(same).toBeLessThan(6);
    }
  });

  it("keeps the reporter's identity from everyone outside the handling unit, through every route, and audits each view", async () => {
    const code = await file({ description: '化工厂夜间偷排废气，气味浓烈' });
    const id = await idOf(nanning, code);
    const secrets = [REPORTER.name, REPORTER.phone, REPORTER.email];
    const noSecret = (body: string) => secrets.forEach((s) => expect(body).not.toContain(s));

    // The handling officer sees it, and each view is audited.
    const viewed = await ok<{ name: string; phone: string }>(nanning, 'GET', `/api/v1/complaints/${id}/identity`);
    expect(viewed).toMatchObject({ name: REPORTER.name, phone: REPORTER.phone, anonymous: false });
    await ok(nanning, 'GET', `/api/v1/complaints/${id}/identity`);
    expect((await audits('complaints.identity.view', id)).map((a) => a.actor_name)).toEqual([
      'nanning_officer',
      'nanning_officer',
    ]);

    // Another city's officer: the report does not exist for them.
    for (const url of [`/api/v1/complaints/${id}`, `/api/v1/complaints/${id}/identity`]) {
      const r = await guilin.request('GET', url);
      expect(r.statusCode).toBe(404);
      noSecret(r.body);
    }
    // In scope but not the handling unit (the department's admin and leader): the report, never the reporter.
    for (const agent of [admin, leader]) {
      const detail = await agent.request('GET', `/api/v1/complaints/${id}`);
      expect(detail.statusCode).toBe(200);
      expect((detail.json() as ComplaintDetail).canViewIdentity).toBe(false);
      noSecret(detail.body);
      const r = await agent.request('GET', `/api/v1/complaints/${id}/identity`);
      expect(r.statusCode).toBe(403);
      noSecret(r.body);
    }
    // Lists, search, map, stats and exports leave the identity out, even for the handling officer.
    for (const agent of [nanning, admin, leader, guilin])
      for (const url of [
        '/api/v1/complaints?pageSize=200',
        `/api/v1/complaints?q=${encodeURIComponent(REPORTER.name)}`,
        `/api/v1/complaints?q=${REPORTER.phone}`,
        '/api/v1/complaints/map',
        '/api/v1/complaints/stats',
        '/api/v1/complaints/export?format=csv',
      ]) {
        const r = await agent.request('GET', url);
        expect(r.statusCode).toBe(200);
        noSecret(r.body);
        expect(r.body).not.toContain(code);
      }
    expect(
      (await ok<{ total: number }>(nanning, 'GET', `/api/v1/complaints?q=${encodeURIComponent(REPORTER.name)}`)).total,
    ).toBe(0);
    // Identity columns need complaints:export_identity, which only the administrator holds by default.
    const refused = await nanning.request('GET', '/api/v1/complaints/export?format=csv&includeIdentity=true');
    expect(refused.statusCode).toBe(403);
    noSecret(refused.body);

    // Granted apart, the export carries them, and the export is audited as carrying them.
    const role = await t.deps.db
      .selectFrom('roles')
      .select('permissions')
      .where('code', '=', 'leader')
      .executeTakeFirstOrThrow();
    await t.deps.db
      .updateTable('roles')
      .set({
        permissions: JSON.stringify([...(JSON.parse(role.permissions) as string[]), 'complaints:export_identity']),
      })
      .where('code', '=', 'leader')
      .execute();
    const exporter = await t.login('leader');
    const exported = await exporter.request('GET', '/api/v1/complaints/export?format=csv&includeIdentity=true');
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain(REPORTER.name);
    const log = await t.deps.db
      .selectFrom('audit_log')
      .select(['after_json'])
      .where('action', '=', 'complaints.export')
      .where('actor_name', '=', 'leader')
      .execute();
    expect(log.some((l) => JSON.parse(l.after_json!).includeIdentity === true)).toBe(true);
    await t.deps.db.updateTable('roles').set({ permissions: role.permissions }).where('code', '=', 'leader').execute();
    // No audit entry anywhere holds the identity.
    const all = await t.deps.db.selectFrom('audit_log').select(['before_json', 'after_json']).execute();
    for (const a of all) noSecret(`${a.before_json}${a.after_json}`);
  });

  it('transfers a report to the unit of the place, logged, and the identity follows the handling unit', async () => {
    const code = await file();
    const id = await idOf(nanning, code);
    const guilinOrg = await orgIdOf(t.deps, '450300');
    const c = await ok<ComplaintDetail>(nanning, 'POST', `/api/v1/complaints/${id}/actions`, {
      kind: 'transfer',
      orgId: guilinOrg,
      reason: '实际地点在桂林市',
    });
    expect(c.actions).toEqual([]);
    expect((await nanning.request('GET', `/api/v1/complaints/${id}`)).statusCode).toBe(404);
    expect((await nanning.request('GET', `/api/v1/complaints/${id}/identity`)).statusCode).toBe(404);
    const there = await ok<ComplaintDetail>(guilin, 'GET', `/api/v1/complaints/${id}`);
    expect(there).toMatchObject({ handlingOrgId: guilinOrg, canViewIdentity: true });
    expect(there.events.find((e) => e.kind === 'transferred')).toMatchObject({ note: '实际地点在桂林市' });
  });

  it('merges a duplicate into the open report on the same place and problem; its reporter sees that answer', async () => {
    const first = await file({ kind: 'noise', description: '冷却塔夜间噪声很大', lon: 108.31, lat: 22.86 });
    const second = await file({
      kind: 'noise',
      description: '冷却塔噪声扰民',
      lon: 108.312,
      lat: 22.861,
      reporter: null,
    });
    const firstId = await idOf(nanning, first);
    const secondId = await idOf(nanning, second);
    const d = await ok<ComplaintDetail>(nanning, 'GET', `/api/v1/complaints/${secondId}`);
    expect(d.anonymous).toBe(true);
    expect(d.canViewIdentity).toBe(false);
    expect(d.possibleDuplicates.map((p) => p.id)).toContain(firstId);
    const merged = await ok<ComplaintDetail>(nanning, 'POST', `/api/v1/complaints/${secondId}/actions`, {
      kind: 'merge',
      intoId: firstId,
    });
    expect(merged.state).toBe('merged');
    await ok(nanning, 'POST', `/api/v1/complaints/${firstId}/actions`, { kind: 'accept', classification: 'violation' });
    await ok(nanning, 'POST', `/api/v1/complaints/${firstId}/actions`, {
      kind: 'draft_answer',
      answer: '已责令该单位加装消声设施。',
      substantiated: true,
    });
    await ok(leader, 'POST', `/api/v1/complaints/${firstId}/actions`, { kind: 'approve_answer' });
    const status = (await pub('GET', `/api/v1/public/complaints/${second}`)).json() as PublicComplaintStatus;
    expect(status).toMatchObject({ merged: true, state: 'merged', publishedAnswer: '已责令该单位加装消声设施。' });
  });

  it('runs a petition through an extension, the reply, an unsatisfied rating and the 复查 with its clocks', async () => {
    const code = await file({ kind: 'dust' });
    const id = await idOf(nanning, code);
    await ok(nanning, 'POST', `/api/v1/complaints/${id}/actions`, { kind: 'accept', classification: 'petition' });
    const tooMuch = await leader.request('POST', `/api/v1/complaints/${id}/actions`, {
      kind: 'extend',
      days: 31,
      reason: '需检测',
    });
    expect(tooMuch.statusCode).toBe(400);
    let c = await ok<ComplaintDetail>(leader, 'POST', `/api/v1/complaints/${id}/actions`, {
      kind: 'extend',
      days: 30,
      reason: '需委托检测',
    });
    // 11-06 + 90 = 2027-02-04 (a Thursday).
    expect(c.clocks.find((k) => k.code === 'HANDLING')).toMatchObject({ dueDate: '2027-02-04', extended: 30 });
    await ok(nanning, 'POST', `/api/v1/complaints/${id}/actions`, {
      kind: 'draft_answer',
      answer: '已督促施工单位覆盖裸土。',
      substantiated: false,
    });
    // The author may not approve their own answer, even holding complaints:review.
    await ok(admin, 'POST', `/api/v1/complaints/${id}/actions`, { kind: 'return_answer', note: '请补充整改期限' });
    await ok(admin, 'POST', `/api/v1/complaints/${id}/actions`, {
      kind: 'draft_answer',
      answer: '已督促施工单位于11月底前覆盖裸土。',
      substantiated: false,
    });
    expect(
      (await admin.request('POST', `/api/v1/complaints/${id}/actions`, { kind: 'approve_answer' })).statusCode,
    ).toBe(409);
    await ok(leader, 'POST', `/api/v1/complaints/${id}/actions`, { kind: 'approve_answer' });
    expect((await pub('POST', `/api/v1/public/complaints/${code}/review`, { reason: '问题没有解决' })).statusCode).toBe(
      409,
    );
    await pub('POST', `/api/v1/public/complaints/${code}/rating`, { satisfied: false });
    const asked = await pub('POST', `/api/v1/public/complaints/${code}/review`, { reason: '问题没有解决，仍有扬尘' });
    expect(asked.statusCode).toBe(200);
    c = await ok(leader, 'GET', `/api/v1/complaints/${id}`);
    expect(c.state).toBe('review_requested');
    // 复查 answered within 30 days of the request (11-06): 12-06 is a Sunday → 12-07.
    expect(c.clocks.find((k) => k.code === 'REVIEW_ANSWER')).toMatchObject({ dueDate: '2026-12-07', rolled: true });
    c = await ok(leader, 'POST', `/api/v1/complaints/${id}/actions`, {
      kind: 'answer_review',
      answer: '经复查，维持原处理意见。',
    });
    expect(c.state).toBe('reviewed');
    expect(((await pub('GET', `/api/v1/public/complaints/${code}`)).json() as PublicComplaintStatus).reviewAnswer).toBe(
      '经复查，维持原处理意见。',
    );
  });

  it('refuses steps out of order, bad input with the field, and writes outside the scope', async () => {
    const code = await file();
    const id = await idOf(nanning, code);
    expect(
      (
        await nanning.request('POST', `/api/v1/complaints/${id}/actions`, {
          kind: 'draft_answer',
          answer: '答复内容五个字',
          substantiated: true,
        })
      ).statusCode,
    ).toBe(409);
    const elsewhere = await nanning.request('POST', `/api/v1/complaints/${id}/actions`, {
      kind: 'accept',
      classification: 'elsewhere',
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.body).toContain('body.referral');
    expect(
      (
        await guilin.request('POST', `/api/v1/complaints/${id}/actions`, {
          kind: 'accept',
          classification: 'violation',
        })
      ).statusCode,
    ).toBe(404);
    const bad = await pub(
      'POST',
      '/api/v1/public/complaints',
      form({ regionCode: '4501', photos: ['data:text/html;base64,PHNjcmlwdD4='] }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('regionCode');
    const staffOut = await nanning.request('POST', '/api/v1/complaints', {
      ...form({ regionCode: '450300' }),
      channel: 'hotline',
    });
    expect(staffOut.statusCode).toBe(400);
    const staff = await nanning.request('POST', '/api/v1/complaints', {
      ...form({ reporter: null }),
      channel: 'letter',
      receivedOn: '2026-11-02',
    });
    expect(staff.statusCode).toBe(201);
    expect((staff.json() as { trackingCode: string }).trackingCode).toMatch(/^[2-9A-Z]{12}$/);
  });

  it('imports a batch of 交办件 with row-level errors', async () => {
    const csv = [
      '交办编号,问题类型,问题描述,行政区划代码,地址,交办日期,举报人,联系电话',
      'D2026-001,异味,某化工厂夜间异味扰民问题,450100,南宁市江南区某路,2026-11-04,覃先生,13800001111',
      'D2026-002,辐射,问题类型不认识的一行,450100,南宁市,2026-11-04,,',
      'D2026-003,扬尘,外市的问题不在本局范围,450300,桂林市,2026-11-04,,',
      'D2026-004,噪声,某工地噪声问题反映,450100,南宁市青秀区,2026-11-05,,',
    ].join('\n');
    const boundary = '----ecocloud-test-upload';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="handover.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      Buffer.from(csv),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await nanning.request('POST', '/api/v1/complaints/import?dryRun=false&mode=valid-rows', payload, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(res.statusCode).toBe(200);
    const report = res.json() as { applied: number; errors: { row: number; code: string }[] };
    expect(report.applied).toBe(2);
    expect(report.errors.map((e) => [e.row, e.code])).toEqual([
      [3, 'UNKNOWN_KIND'],
      [4, 'OUT_OF_SCOPE'],
    ]);
    const listed = await ok<{ items: ComplaintSummary[] }>(
      nanning,
      'GET',
      `/api/v1/complaints?q=${encodeURIComponent('某化工厂夜间异味')}`,
    );
    expect(listed.items[0]).toMatchObject({ channel: 'handover', handoverBatch: 'D2026-001' });
  });
});
