import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../platform/demo/seed-demo';
import { createTestApp, orgIdOf, testDatabases, type TestApp } from '../../../test/harness';
import { rectificationModule } from '..';
import { runRectificationCommand } from '../rectification.cli';

const NOTICES = '/api/v1/rectification/supervision-notices';

describe.each(testDatabases())('rectification supervision notices on $name', (db) => {
  let t: TestApp;
  let problemId: string;
  let noticeId: string;
  beforeAll(async () => {
    // The platform's demo (organisations, one user per role) and the ledger's demo only: nothing else is read.
    t = await createTestApp(db, { demo: false });
    await seedDemo(t.deps, [rectificationModule]);
    const admin = await t.login('admin');
    // A Nanning problem a month past its deadline, not yet supervised (today is Saturday 2026-11-28).
    const created = await admin.request('POST', '/api/v1/rectification/problems', {
      batchId: 'rect-demo-central',
      itemNo: 'S1',
      problem: '测试问题：某污水处理厂超标排放',
      regionCode: '450100',
      leadOrgId: await orgIdOf(t.deps, '450100'),
      acceptanceUnit: '南宁市人民政府',
      target: '出水稳定达标',
      measures: ['提标改造'],
      deadline: '2026-10-31',
      horizon: 'short',
    });
    expect(created.statusCode).toBe(201);
    problemId = created.json().id;
  }, 240_000);
  afterAll(() => t?.close());

  const issue = (who: Awaited<ReturnType<TestApp['login']>>, id: string, body: Record<string, unknown>) =>
    who.request('POST', `/api/v1/rectification/problems/${id}/supervision-notices`, body);

  it('refuses anonymous callers, callers without the permission and a bad body with the field', async () => {
    expect((await t.app.inject({ method: 'GET', url: NOTICES })).statusCode).toBe(401);
    expect((await (await t.login('enterprise_demo')).request('GET', NOTICES)).statusCode).toBe(403);
    // A city reports and replies; it does not supervise.
    expect((await issue(await t.login('nanning_officer'), problemId, { reason: '请说明' })).statusCode).toBe(403);
    const bad = await issue(await t.login('admin'), problemId, { reason: ' ', replyWorkingDays: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['body.reason', 'body.replyWorkingDays']),
    );
  });

  it('seeds the demo notices: one replied, one escalated, one open, and an overdue problem left to supervise', async () => {
    const leader = await t.login('leader');
    const demo = (await leader.request('GET', NOTICES))
      .json()
      .items.filter((n: { id: string }) => n.id.startsWith('rect-demo-'));
    const by = (p: string) => demo.find((n: { problemId: string }) => n.problemId === p);
    expect(by('rect-demo-central-13')).toMatchObject({ state: 'replied', level: 1 });
    expect(by('rect-demo-central-4')).toMatchObject({
      state: 'open',
      level: 2,
      dueState: expect.not.stringMatching('overdue'),
    });
    expect(by('rect-demo-central-26')).toMatchObject({ state: 'open', level: 1 });
    const needed = (await leader.request('GET', `${NOTICES}/needed`)).json();
    expect(needed.items.map((p: { id: string }) => p.id)).toContain('rect-demo-provincial-3');
    // Nothing of the demo is late on the day it is seeded: the worker's first sweep changes nothing.
    expect((await (await t.login('admin')).request('POST', `${NOTICES}/escalate`)).json()).toEqual({ escalated: 0 });
  });

  it('lists the overdue problem as needing a notice, then issues one to its rectifying unit, audited', async () => {
    const admin = await t.login('admin');
    const needed = (await admin.request('GET', `${NOTICES}/needed`)).json();
    expect(needed.items.map((p: { id: string }) => p.id)).toContain(problemId);
    const res = await issue(admin, problemId, { reason: '整改逾期，请报送进展', replyWorkingDays: 5 });
    expect(res.statusCode).toBe(201);
    const notice = res.json();
    noticeId = notice.id;
    // Saturday + 5 working days: Mon 30 Nov … Fri 4 Dec.
    expect(notice).toMatchObject({
      problemId,
      orgId: await orgIdOf(t.deps, '450100'),
      orgName: expect.stringContaining('南宁'),
      level: 1,
      replyDue: '2026-12-04',
      dueState: 'ok',
      state: 'open',
      canReply: true,
      history: [{ event: 'issued', level: 1, replyDue: '2026-12-04' }],
    });
    const again = await issue(admin, problemId, { reason: '再次督办' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('RECTIFICATION_SUPERVISION_OPEN');
    const after = (await admin.request('GET', `${NOTICES}/needed`)).json();
    expect(after.items.map((p: { id: string }) => p.id)).not.toContain(problemId);
    const audit = await t.deps.db.selectFrom('audit_log').select('action').where('entity_id', '=', noticeId).execute();
    expect(audit.map((a) => a.action)).toEqual(['rectification.supervision.issue']);
  });

  it('keeps a city to the notices of its own problems, and only the addressed unit replies', async () => {
    const city = await t.login('nanning_officer');
    const mine = (await city.request('GET', NOTICES)).json();
    expect(mine.items.map((n: { id: string }) => n.id)).toEqual([noticeId]);
    const leader = await t.login('leader');
    const all = (await leader.request('GET', NOTICES)).json();
    const yulin = all.items.find((n: { problemId: string }) => n.problemId === 'rect-demo-central-4');
    expect(yulin).toBeDefined();
    expect(all.items.every((n: { canReply: boolean }) => !n.canReply)).toBe(true); // the leader does not report
    expect((await city.request('GET', `${NOTICES}?problemId=rect-demo-central-4`)).json().total).toBe(0);
    const foreign = await city.request('POST', `${NOTICES}/${yulin.id}/reply`, { reply: '已整改' });
    expect(foreign.statusCode).toBe(404);
    expect(
      (await city.request('GET', `${NOTICES}/needed`))
        .json()
        .items.every((p: { regionCode: string }) => p.regionCode.startsWith('4501')),
    ).toBe(true);
    // A division of the department sees every notice but does not answer for a city.
    const division = await t.login('air_officer');
    const refused = await division.request('POST', `${NOTICES}/${noticeId}/reply`, { reply: '代为回复' });
    expect(refused.statusCode).toBe(403);
  });

  it('escalates a late notice one level per missed reply day (fake clock), then takes a late reply', async () => {
    const admin = await t.login('admin');
    expect((await admin.request('POST', `${NOTICES}/escalate`)).json()).toEqual({ escalated: 0 });
    t.clock.set('2026-12-07T02:00:00Z'); // Monday after the Friday due day
    try {
      const later = await t.login('admin');
      // Ours and the demo's two open ones, all past their reply day now.
      expect((await later.request('POST', `${NOTICES}/escalate`)).json()).toEqual({ escalated: 3 });
      expect((await later.request('POST', `${NOTICES}/escalate`)).json()).toEqual({ escalated: 0 }); // same day
      const raised = (await later.request('GET', `${NOTICES}?problemId=${problemId}`)).json().items[0];
      expect(raised).toMatchObject({ level: 2, replyDue: '2026-12-10', state: 'open' });
      expect(raised.history.map((h: { event: string }) => h.event)).toEqual(['issued', 'escalated']);
      t.clock.set('2026-12-11T02:00:00Z');
      const city = await t.login('nanning_officer');
      const overdue = (await city.request('GET', `${NOTICES}?overdue=true`)).json();
      expect(overdue.items.map((n: { id: string }) => n.id)).toEqual([noticeId]);
      const replied = await city.request('POST', `${NOTICES}/${noticeId}/reply`, { reply: '提标改造已完成调试' });
      expect(replied.statusCode).toBe(200);
      expect(replied.json()).toMatchObject({ state: 'replied', reply: '提标改造已完成调试', canReply: false });
      expect(replied.json().history.at(-1)).toMatchObject({ event: 'replied_late', level: 2 });
      const twice = await city.request('POST', `${NOTICES}/${noticeId}/reply`, { reply: '补充' });
      expect(twice.json().error.code).toBe('RECTIFICATION_SUPERVISION_REPLIED');
      // Answered, the notice is not raised again; the problem, still overdue, needs a new one.
      await (await t.login('admin')).request('POST', `${NOTICES}/escalate`);
      const kept = (await city.request('GET', `${NOTICES}?problemId=${problemId}`)).json().items[0];
      expect(kept).toMatchObject({ level: 2, state: 'replied' });
      const needed = (await city.request('GET', `${NOTICES}/needed`)).json();
      expect(needed.items.map((p: { id: string }) => p.id)).toContain(problemId);
      const audit = await t.deps.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', noticeId)
        .execute();
      expect(audit.map((a) => a.action).sort()).toEqual([
        'rectification.supervision.escalate',
        'rectification.supervision.issue',
        'rectification.supervision.reply',
      ]);
    } finally {
      t.clock.set('2026-11-28T02:00:00Z');
    }
  });

  it('keeps one open notice when two officers issue at the same moment', async () => {
    const admin = await t.login('admin');
    const leader = await t.login('leader');
    const created = await admin.request('POST', '/api/v1/rectification/problems', {
      batchId: 'rect-demo-central',
      itemNo: 'S2',
      problem: '测试问题：同时督办',
      regionCode: '450100',
      leadOrgId: await orgIdOf(t.deps, '450100'),
      acceptanceUnit: '南宁市人民政府',
      target: '完成整改',
      measures: ['整改'],
      deadline: '2026-10-31',
      horizon: 'short',
    });
    const id = created.json().id as string;
    const answers = await Promise.all([
      issue(admin, id, { reason: '督办甲' }),
      issue(leader, id, { reason: '督办乙' }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const open = (await admin.request('GET', NOTICES))
      .json()
      .items.filter((n: { problemId: string; state: string }) => n.problemId === id && n.state === 'open');
    expect(open).toHaveLength(1);
  });

  it('refuses a notice on a closed problem', async () => {
    const admin = await t.login('admin');
    const closed = (await admin.request('GET', '/api/v1/rectification/problems?status=closed&pageSize=1')).json();
    const res = await issue(admin, closed.items[0].id, { reason: '督办' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('RECTIFICATION_STATE_CONFLICT');
  });
});

describe('ecocloud rectification', () => {
  it('prints its usage and exits 2 on an unknown command', async () => {
    let err = '';
    const io = { stdout: process.stdout, stderr: { write: (s: string) => ((err += s), true) } };
    expect(await runRectificationCommand(['nope'], io as never)).toBe(2);
    expect(err).toContain('rectification <command>');
  });
});
