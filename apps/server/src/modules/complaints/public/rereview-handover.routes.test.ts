import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplaintDetail, ComplaintSummary, PublicComplaintStatus, PublicHandoverList } from '@ecocloud/contracts';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';

async function ok<T>(agent: Agent, method: string, url: string, body?: unknown, status = 200): Promise<T> {
  const res = await agent.request(method, url, body);
  if (res.statusCode !== status) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

const form = (description: string) => ({
  kind: 'dust',
  description,
  regionCode: '450100',
  address: '南宁市西乡塘区复核路1号',
  occurredOn: '2026-11-05',
  reporter: { name: '黄立新', phone: '13977775678' },
});

describe.each(testDatabases())('complaints 复核 and 交办件 publication on $name', (db) => {
  let t: TestApp;
  let leader: Agent;
  let nanning: Agent;
  const pub = (method: string, url: string, body?: unknown) =>
    t.app.inject({ method: method as 'GET', url, ...(body === undefined ? {} : { payload: body as object }) });
  const status = async (code: string) =>
    (await pub('GET', `/api/v1/public/complaints/${code}`)).json() as PublicComplaintStatus;
  const idOf = async (q: string) =>
    (await ok<{ items: ComplaintSummary[] }>(nanning, 'GET', `/api/v1/complaints?q=${encodeURIComponent(q)}`)).items[0]!
      .id;
  const act = (agent: Agent, id: string, body: object) =>
    ok<ComplaintDetail>(agent, 'POST', `/api/v1/complaints/${id}/actions`, body);
  const answer = async (id: string, classification: 'petition' | 'violation', substantiated: boolean) => {
    await act(nanning, id, { kind: 'accept', classification });
    await act(nanning, id, { kind: 'draft_answer', answer: `经核查的处理答复${id.slice(-4)}`, substantiated });
    return act(leader, id, { kind: 'approve_answer' });
  };
  /** A petition answered, rated unsatisfied and its 复查 answered, all today (Friday 2026-11-06). */
  const reviewedPetition = async (description: string) => {
    const res = await pub('POST', '/api/v1/public/complaints', form(description));
    expect(res.statusCode).toBe(201);
    const code = (res.json() as { trackingCode: string }).trackingCode;
    const id = await idOf(description);
    await answer(id, 'petition', false);
    await pub('POST', `/api/v1/public/complaints/${code}/rating`, { satisfied: false });
    expect((await pub('POST', `/api/v1/public/complaints/${code}/review`, { reason: '问题没有解决' })).statusCode).toBe(
      200,
    );
    // 复核 is not open while the 复查 is pending.
    const early = await pub('POST', `/api/v1/public/complaints/${code}/rereview`, { reason: '对复查意见不服' });
    expect(early.statusCode).toBe(409);
    await act(leader, id, { kind: 'answer_review', answer: '经复查，维持原处理意见。' });
    return { code, id };
  };

  beforeAll(async () => {
    t = await createTestApp(db);
    t.clock.set('2026-11-06T02:00:00Z');
    leader = await t.login('leader');
    nanning = await t.login('nanning_officer');
  });
  afterAll(() => t.close());

  it('runs 复核 after the 复查 answer on its clocks; a late request is a coded 409', async () => {
    const inTime = await reviewedPetition('工地扬尘复核测试一号');
    const late = await reviewedPetition('工地扬尘复核测试二号');
    let s = await status(inTime.code);
    expect(s).toMatchObject({ state: 'reviewed', canRequestReReview: true, reReviewAnswer: null });
    // The request period runs 30 days from the 复查 answer (11-06): 12-06 is a Sunday → Monday 12-07.
    let c = await ok<ComplaintDetail>(nanning, 'GET', `/api/v1/complaints/${inTime.id}`);
    expect(c.clocks.find((k) => k.code === 'RE_REVIEW_REQUEST')).toMatchObject({
      dueDate: '2026-12-07',
      rolled: true,
      doneOn: null,
    });
    expect(c.actions).not.toContain('answer_rereview');

    t.clock.set('2026-11-20T02:00:00Z');
    leader = await t.login('leader');
    nanning = await t.login('nanning_officer');
    const asked = await pub('POST', `/api/v1/public/complaints/${inTime.code}/rereview`, { reason: '对复查意见不服' });
    expect(asked.statusCode).toBe(200);
    expect((asked.json() as PublicComplaintStatus).state).toBe('rereview_requested');
    c = await ok(leader, 'GET', `/api/v1/complaints/${inTime.id}`);
    expect(c).toMatchObject({ state: 'rereview_requested', reReviewReason: '对复查意见不服' });
    expect(c.actions).toContain('answer_rereview');
    expect(c.clocks.find((k) => k.code === 'RE_REVIEW_REQUEST')).toMatchObject({
      doneOn: '2026-11-20',
      satisfied: true,
    });
    // Answered within 30 days of the request (11-20): 12-20 is a Sunday → 12-21.
    expect(c.clocks.find((k) => k.code === 'RE_REVIEW_ANSWER')).toMatchObject({ dueDate: '2026-12-21', doneOn: null });
    // The open 复核 answer is the unit's next due day.
    const listed = await ok<{ items: ComplaintSummary[] }>(
      nanning,
      'GET',
      `/api/v1/complaints?q=${encodeURIComponent('复核测试一号')}`,
    );
    expect(listed.items[0]!.nextDue).toBe('2026-12-21');
    // A second request is refused; the city officer (no complaints:review) may not answer.
    expect(
      (await pub('POST', `/api/v1/public/complaints/${inTime.code}/rereview`, { reason: '再次申请复核' })).statusCode,
    ).toBe(409);
    const refused = await nanning.request('POST', `/api/v1/complaints/${inTime.id}/actions`, {
      kind: 'answer_rereview',
      answer: '经复核，维持复查意见。',
    });
    expect(refused.statusCode).toBe(403);
    c = await act(leader, inTime.id, { kind: 'answer_rereview', answer: '经复核，维持复查意见。' });
    expect(c.state).toBe('rereviewed');
    expect(c.clocks.find((k) => k.code === 'RE_REVIEW_ANSWER')).toMatchObject({
      doneOn: '2026-11-20',
      satisfied: true,
    });
    expect(c.events.map((e) => e.kind)).toEqual(expect.arrayContaining(['rereview_requested', 'rereview_answered']));
    s = await status(inTime.code);
    expect(s).toMatchObject({
      state: 'rereviewed',
      reReviewAnswer: '经复核，维持复查意见。',
      canRequestReReview: false,
    });
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'complaints.complaint.rereview_request')
      .execute();
    expect(audit.map((a) => a.entity_id)).toEqual([inTime.id]);

    // The last day (Monday 12-07, rolled from the Sunday) is still open; the day after is late.
    t.clock.set('2026-12-07T02:00:00Z');
    expect((await status(late.code)).canRequestReReview).toBe(true);
    t.clock.set('2026-12-08T02:00:00Z');
    expect((await status(late.code)).canRequestReReview).toBe(false);
    const tooLate = await pub('POST', `/api/v1/public/complaints/${late.code}/rereview`, { reason: '对复查意见不服' });
    expect(tooLate.statusCode).toBe(409);
    expect((tooLate.json() as { error: { code: string } }).error.code).toBe('COMPLAINT_STATE_CONFLICT');
    expect((await status(late.code)).state).toBe('reviewed');
  });

  it('publishes the answered 交办件 of a batch per day, with nothing unpublished or identifying; a guessed batch shows nothing', async () => {
    t.clock.set('2026-12-10T02:00:00Z');
    // Sessions expire with the moved clock: log in again.
    leader = await t.login('leader');
    nanning = await t.login('nanning_officer');
    const csv = [
      '交办编号,问题类型,问题描述,行政区划代码,地址,交办日期,举报人,联系电话',
      'D2026-HB7,异味,督察交办某饲料厂恶臭扰民,450100,南宁市江南区秘密路7号,2026-12-09,覃秘密,13800009999',
      'D2026-HB7,噪声,督察交办某工地夜间施工噪声,450100,南宁市青秀区秘密路8号,2026-12-09,,',
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
    const odour = await idOf('某饲料厂恶臭');
    const noise = await idOf('某工地夜间施工噪声');
    const answered = await answer(odour, 'violation', true);
    // The second one has a draft waiting for review: not published.
    await act(nanning, noise, { kind: 'accept', classification: 'violation' });
    await act(nanning, noise, { kind: 'draft_answer', answer: '尚未审核的答复草稿内容', substantiated: false });

    const list = async (q: string) => {
      const r = await pub('GET', `/api/v1/public/complaints/handovers?${q}`);
      expect(r.statusCode).toBe(200);
      return { body: r.body, list: r.json() as PublicHandoverList };
    };
    const today = await list('batch=D2026-HB7&day=2026-12-10');
    expect(today.list.items).toEqual([
      {
        kind: 'odour',
        regionCode: '450100',
        repliedOn: '2026-12-10',
        substantiated: true,
        publishedAnswer: answered.publishedAnswer,
      },
    ]);
    const codes = await t.deps.db
      .selectFrom('complaints')
      .select('tracking_code')
      .where('handover_batch', '=', 'D2026-HB7')
      .execute();
    for (const secret of [
      '覃秘密',
      '13800009999',
      '秘密路',
      '饲料厂恶臭',
      '尚未审核',
      odour,
      noise,
      ...codes.map((c) => c.tracking_code),
    ])
      expect(today.body).not.toContain(secret);
    // Another day, a guessed batch, an injected one: nothing.
    for (const q of [
      'batch=D2026-HB7&day=2026-12-09',
      'batch=D2026-HB8&day=2026-12-10',
      `batch=${encodeURIComponent("' OR '1'='1")}&day=2026-12-10`,
      'batch=%25&day=2026-12-10',
    ])
      expect((await list(q)).list.items).toEqual([]);
    expect((await pub('GET', '/api/v1/public/complaints/handovers?batch=D2026-HB7&day=12-10')).statusCode).toBe(400);
  });
});
