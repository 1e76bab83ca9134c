import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { createItem, createPlan, orgIdByName } from '../shared/workplan.test-fixtures';

/** One simulated year (2025) with a fake clock: rounds, a late report, a notice that escalates, done and overdue items. */
describe.each(testDatabases())('a work plan year on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let leader: Agent;
  let nanning: Agent;
  let planId: string;
  let item: { id: string; indicators: { id: string }[] };
  let lateItem: string;
  let rounds: { id: string; label: string; dueDate: string }[];
  /** Moves the clock (10:00 in Shanghai) and logs in afresh, since sessions expire as the year goes by. */
  const at = async (iso: string) => {
    t.clock.set(`${iso}T02:00:00Z`);
    [admin, leader, nanning] = [await t.login('admin'), await t.login('leader'), await t.login('nanning_officer')];
  };
  const round = (label: string) => rounds.find((r) => r.label === label)!;
  const status = async (id: string) =>
    (await leader.request('GET', `/api/v1/workplan/items/${id}`)).json().status as string;

  beforeAll(async () => {
    t = await createTestApp(db);
    await at('2025-01-02');
    planId = await createPlan(t, admin, 2025);
    const res = await admin.request('POST', `/api/v1/workplan/plans/${planId}/rounds`, {
      frequency: 'monthly',
      dueDay: 5,
    });
    rounds = res.json().items;
    const nanningId = await orgIdByName(t, '南宁市生态环境局');
    item = await createItem(admin, planId, {
      title: '农村生活污水治理（南宁）',
      leadUnitIds: [nanningId],
      startDate: '2025-01-01',
      deadline: '2025-12-31',
      milestones: [{ date: '2025-05-15', title: '过半', percent: 50 }],
      indicators: [
        {
          name: '农村生活污水治理率',
          unit: '%',
          direction: 'at_least',
          baseline: 29,
          target: 33,
          deadline: '2025-12-31',
        },
      ],
    });
    lateItem = (
      await createItem(admin, planId, {
        title: '上半年完成的调查',
        leadUnitIds: [nanningId],
        startDate: '2025-01-01',
        deadline: '2025-06-30',
      })
    ).id;
  });
  afterAll(() => t?.close());

  it('dates the monthly rounds on working days, skipping the holidays', () => {
    expect(rounds).toHaveLength(12);
    expect(round('2025-01').dueDate).toBe('2025-02-05'); // the Spring Festival ends on 4 Feb
    expect(round('2025-04').dueDate).toBe('2025-05-06'); // 5 May is a Labour Day holiday
    expect(round('2025-09').dueDate).toBe('2025-10-09'); // National Day week to 8 Oct
    expect(round('2025-05').dueDate).toBe('2025-06-05');
  });

  it('401, 403 and 400 come before anything else', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/workplan/plans/${planId}/board` })).statusCode).toBe(401);
    expect(
      (await nanning.request('POST', `/api/v1/workplan/items/${item.id}/notices`, { reason: 'x' })).statusCode,
    ).toBe(403);
    const bad = await nanning.request('POST', `/api/v1/workplan/items/${item.id}/reports`, {
      roundId: round('2025-01').id,
      text: 'x',
      percent: 101,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.percent');
  });

  it('a report on time, then a late one that was on the reminder list', async () => {
    await at('2025-02-05');
    const onTime = await nanning.request('POST', `/api/v1/workplan/items/${item.id}/reports`, {
      roundId: round('2025-01').id,
      text: '完成摸底',
      percent: 10,
      values: [{ indicatorId: item.indicators[0]!.id, value: 29.5 }],
      attachments: [
        { filename: '摸底表.txt', contentType: 'text/plain', contentBase64: Buffer.from('台账').toString('base64') },
      ],
    });
    expect(onTime.statusCode, onTime.body).toBe(201);
    expect(onTime.json()).toMatchObject({ isLate: false, attachments: [{ filename: '摸底表.txt', size: 6 }] });
    const file = await nanning.request('GET', `/api/v1/workplan/attachments/${onTime.json().attachments[0].id}`);
    expect(file.body).toBe('台账');

    await at('2025-03-07');
    const owed = (await nanning.request('GET', `/api/v1/workplan/plans/${planId}/reminders`)).json().items as {
      roundLabel: string;
      itemId: string;
      dueState: string;
    }[];
    expect(owed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ roundLabel: '2025-02', itemId: item.id, dueState: 'overdue' }),
      ]),
    );
    const late = await nanning.request('POST', `/api/v1/workplan/items/${item.id}/reports`, {
      roundId: round('2025-02').id,
      text: '推进中',
      percent: 20,
      values: [{ indicatorId: item.indicators[0]!.id, value: 30 }],
    });
    expect(late.json().isLate).toBe(true);
    const after = (await nanning.request('GET', `/api/v1/workplan/plans/${planId}/reminders`)).json().items as {
      roundLabel: string;
      itemId: string;
    }[];
    expect(after.filter((r) => r.itemId === item.id && r.roundLabel === '2025-02')).toEqual([]);
  });

  it("rejects an attachment over 5 MB and values of another item's indicator", async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1).toString('base64');
    const res = await nanning.request('POST', `/api/v1/workplan/items/${item.id}/reports`, {
      roundId: round('2025-02').id,
      text: 'x',
      percent: 20,
      attachments: [{ filename: 'big.bin', contentBase64: big }],
    });
    expect(res.statusCode).toBe(413);
    const stray = await nanning.request('POST', `/api/v1/workplan/items/${lateItem}/reports`, {
      roundId: round('2025-02').id,
      text: 'x',
      percent: 20,
      values: [{ indicatorId: item.indicators[0]!.id, value: 1 }],
    });
    expect(stray.statusCode).toBe(400);
  });

  it('turns at risk when a milestone is missed', async () => {
    await at('2025-04-20');
    expect(await status(item.id)).toBe('on_track');
    await at('2025-05-20');
    expect(await status(item.id)).toBe('at_risk');
  });

  it('escalates an unanswered supervision notice 1 → 2 → 3 on working days, then takes the reply', async () => {
    const issued = await leader.request('POST', `/api/v1/workplan/items/${item.id}/notices`, {
      reason: '进度滞后，请说明',
      replyWorkingDays: 5,
    });
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json()).toMatchObject({
      level: 1,
      replyDue: '2025-05-27',
      state: 'open',
      unitName: '南宁市生态环境局',
    });
    const id = issued.json().id as string;
    const sweep = async () =>
      (await leader.request('POST', '/api/v1/workplan/notices/escalate', {})).json().escalated as number;
    const notice = async () =>
      (await leader.request('GET', `/api/v1/workplan/notices?itemId=${item.id}`)).json().items[0];

    await at('2025-05-27');
    expect(await sweep()).toBe(0);
    expect((await notice()).dueState).toBe('due_soon');
    await at('2025-05-28');
    expect(await sweep()).toBe(1);
    expect(await notice()).toMatchObject({ level: 2, replyDue: '2025-06-03' }); // Dragon Boat holidays 31 May – 2 Jun skipped
    await at('2025-06-04');
    expect(await sweep()).toBe(1);
    expect(await notice()).toMatchObject({ level: 3, replyDue: '2025-06-06' });
    await at('2025-06-09');
    expect(await sweep()).toBe(0);
    expect((await notice()).dueState).toBe('overdue');

    const guilin = await t.login('inspector');
    expect((await guilin.request('POST', `/api/v1/workplan/notices/${id}/reply`, { reply: 'x' })).statusCode).toBe(403);
    const replied = await nanning.request('POST', `/api/v1/workplan/notices/${id}/reply`, { reply: '已制定赶超计划' });
    expect(replied.json()).toMatchObject({ state: 'replied', level: 3 });
    expect(replied.json().history.map((h: { event: string }) => h.event)).toEqual([
      'issued',
      'escalated to level 2',
      'escalated to level 3',
      'replied late',
    ]);
    expect((await nanning.request('POST', `/api/v1/workplan/notices/${id}/reply`, { reply: 'again' })).statusCode).toBe(
      409,
    );
  });

  it('lists an item past its deadline as overdue, and a leader moves another to done', async () => {
    await at('2025-07-02');
    const overdue = (await leader.request('GET', `/api/v1/workplan/plans/${planId}/overdue`))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(overdue).toEqual([lateItem]);
    expect((await nanning.request('POST', `/api/v1/workplan/items/${lateItem}/done`, { done: true })).statusCode).toBe(
      403,
    );
    const done = await leader.request('POST', `/api/v1/workplan/items/${lateItem}/done`, { done: true });
    expect(done.json().status).toBe('done');
    expect((await leader.request('GET', `/api/v1/workplan/plans/${planId}/overdue`)).json().total).toBe(0);
    const board = (await leader.request('GET', `/api/v1/workplan/plans/${planId}/board`)).json().items;
    expect(board.find((r: { itemId: string }) => r.itemId === lateItem).counts.done).toBe(1);
  });

  it('a leader approves a report with a comment; the series shows values against the target line', async () => {
    const reports = (await leader.request('GET', `/api/v1/workplan/items/${item.id}/reports`)).json().items;
    const reviewed = await leader.request('POST', `/api/v1/workplan/reports/${reports[0].id}/review`, {
      decision: 'approve',
      comment: '继续加快',
    });
    expect(reviewed.json()).toMatchObject({ reviewState: 'approved', comments: [{ text: '继续加快' }] });
    const series = (await leader.request('GET', `/api/v1/workplan/indicators/${item.indicators[0]!.id}/series`)).json();
    expect(series.points.map((p: { date: string; value: number }) => [p.date, p.value])).toEqual([
      ['2025-02-05', 29.5],
      ['2025-03-07', 30],
    ]);
    expect(series.points[0].expected).toBeGreaterThan(29);
    expect(series.points[0].expected).toBeLessThan(series.points[1].expected);
  });

  it('scores the units at year end and exports the scores to XLSX', async () => {
    await at('2026-01-10');
    const rows = (await leader.request('GET', `/api/v1/workplan/plans/${planId}/assessment`)).json().items;
    // 2 items: one done (100) and one at 20 % → completion 60; 12 rounds × 2 items due, 1 report on time → 1/24;
    // the sewage rate ended below target → attainment 0.
    expect(rows).toEqual([
      expect.objectContaining({
        unitName: '南宁市生态环境局',
        items: 2,
        completion: 60,
        timeliness: 4.2,
        attainment: 0,
      }),
    ]);
    expect(rows[0].score).toBe(31.2); // (50·60 + 30·100/24 + 20·0) / 100 = 31.25 exactly, rounded half to even
    const xlsx = await leader.request('GET', `/api/v1/workplan/plans/${planId}/assessment?format=xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(2).getCell(1).value).toBe('南宁市生态环境局');
  });

  it('a resubmitted report comes back as written (earlier attachments and comments kept), without reading every report of the plan', async () => {
    // Every SQL statement the app runs while answering the POST.
    const executor = t.deps.db.getExecutor();
    const sqls: string[] = [];
    const run = executor.executeQuery.bind(executor);
    const spy = vi.spyOn(executor, 'executeQuery').mockImplementation((q) => {
      sqls.push(q.sql);
      return run(q);
    });
    let res;
    try {
      res = await nanning.request('POST', `/api/v1/workplan/items/${item.id}/reports`, {
        roundId: round('2025-01').id,
        text: '补充材料',
        percent: 15,
        values: [{ indicatorId: item.indicators[0]!.id, value: 29.6 }],
        attachments: [
          { filename: '补充.txt', contentType: 'text/plain', contentBase64: Buffer.from('补充').toString('base64') },
        ],
      });
    } finally {
      spy.mockRestore();
    }
    expect(res.statusCode, res.body).toBe(201);
    // The plan-wide report list joins the rounds; the answer is built from the row written instead.
    expect(sqls.filter((q) => /from "workplan_reports" as "r" inner join "workplan_rounds"/.test(q))).toEqual([]);
    const written = res.json();
    expect(written).toMatchObject({
      roundLabel: '2025-01',
      text: '补充材料',
      reviewState: 'submitted',
      isLate: true,
      attachments: [{ filename: '摸底表.txt' }, { filename: '补充.txt' }],
      comments: [{ text: '继续加快' }],
    });
    const listed = (await nanning.request('GET', `/api/v1/workplan/items/${item.id}/reports`)).json().items;
    expect(written).toEqual(listed.find((r: { id: string }) => r.id === written.id));
  });
});
