import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonthlyReport } from '@ecocloud/contracts';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { readDocxText } from '../import/docx/docx-reader';
import { createPlan } from '../shared/workplan.test-fixtures';
import { monthlyDemoSeeder } from './monthly.seed';

const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = fs.existsSync(PDFTOTEXT);

function pdfText(pdf: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'monthly-pdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.pdf'), pdf);
    return execFileSync(PDFTOTEXT, ['-enc', 'UTF-8', path.join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// The demo plan of 2026 (history off, so the test's own reports are the month's): four of its tasks report
// for September (one is returned), a notice is issued in September; then, at the harness's 2026-11-28, the
// demo seeder leaves October approved and released and November a draft.
describe.each(testDatabases())('the monthly progress report on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let leader: Agent;
  let nanning: Agent;
  let reporting: { id: string; title: string }[];
  const planId = 'demo-plan-2026';
  const base = `/api/v1/workplan/plans/${planId}/monthly-reports`;

  beforeAll(async () => {
    t = await createTestApp(db);
    t.clock.set('2026-09-21T02:00:00Z');
    [admin, leader] = [await t.login('admin'), await t.login('leader')];
    const items = (await leader.request('GET', `/api/v1/workplan/plans/${planId}/items`)).json().items as {
      id: string;
      title: string;
      kind: string;
      units: { orgId: string; role: string }[];
    }[];
    const withLead = items.filter((i) => i.kind === 'task' && i.units.some((u) => u.role === 'lead')).slice(0, 4);
    const rounds = (await leader.request('GET', `/api/v1/workplan/plans/${planId}/rounds`)).json().items as {
      id: string;
      label: string;
    }[];
    const september = rounds.find((r) => r.label === '2026-09')!;
    const reportIds: string[] = [];
    for (const [i, item] of withLead.entries()) {
      const res = await admin.request('POST', `/api/v1/workplan/items/${item.id}/reports`, {
        roundId: september.id,
        unitId: item.units.find((u) => u.role === 'lead')!.orgId,
        text: `九月进展：${item.title}`,
        percent: 40 + i * 10,
      });
      expect(res.statusCode, res.body).toBe(201);
      reportIds.push(res.json().id as string);
    }
    const returned = await leader.request('POST', `/api/v1/workplan/reports/${reportIds[3]}/review`, {
      decision: 'return',
      comment: '请补充量化数据',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    const notice = await leader.request('POST', `/api/v1/workplan/items/${withLead[0]!.id}/notices`, {
      reason: '进度滞后，请说明原因',
      replyWorkingDays: 5,
    });
    expect(notice.statusCode, notice.body).toBe(201);
    reporting = withLead;
    t.clock.set('2026-11-28T02:00:00Z');
    await monthlyDemoSeeder.seed(t.deps);
    [admin, leader, nanning] = [await t.login('admin'), await t.login('leader'), await t.login('nanning_officer')];
  }, 120_000);
  afterAll(() => t?.close());

  it('the demo has October released (approved by the leader) and November as a draft', async () => {
    const list = (await leader.request('GET', base)).json().items as MonthlyReport[];
    expect(list.map((r) => [r.month, r.state])).toEqual([
      ['2026-11', 'draft'],
      ['2026-10', 'released'],
    ]);
    expect(list[1]!.decidedBy).toBe('leader');
    expect(list[1]!.frozenSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("compiles the month's figures exactly from its progress reports and notices", async () => {
    const res = await admin.request('POST', `${base}/2026-09/compile`);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as MonthlyReport;
    expect(report.state).toBe('draft');
    const rows = await t.deps.db
      .selectFrom('workplan_reports as r')
      .innerJoin('workplan_rounds as d', 'd.id', 'r.round_id')
      .innerJoin('workplan_items as i', 'i.id', 'r.item_id')
      .select(['r.item_id', 'r.text', 'r.percent', 'r.is_late'])
      .where('d.plan_id', '=', planId)
      .where('d.period_start', '=', '2026-09-01')
      .where('r.review_state', '!=', 'returned')
      .where('i.kind', '=', 'task')
      .execute();
    const c = report.content;
    expect(rows).toHaveLength(3); // four reported, one returned
    expect(c.summary).toMatchObject({ reports: 3, reported: 3, notices: 1 });
    expect(c.notices[0]).toMatchObject({ itemTitle: reporting[0]!.title, reason: '进度滞后，请说明原因', level: 1 });
    const first = c.sections.flatMap((x) => x.tasks).find((x) => x.itemId === reporting[0]!.id)!;
    expect(first.reports).toEqual([expect.objectContaining({ text: `九月进展：${reporting[0]!.title}`, percent: 40 })]);
    expect(c.sections.flatMap((x) => x.tasks).find((x) => x.itemId === reporting[3]!.id)!.reports).toEqual([]);
    expect(c.summary.reports).toBe(rows.length);
    expect(c.summary.lateReports).toBe(rows.filter((r) => Number(r.is_late) === 1).length);
    expect(c.summary.reported).toBe(new Set(rows.map((r) => r.item_id)).size);
    const tasks = c.sections.flatMap((s) => s.tasks);
    expect(c.summary.tasks).toBe(tasks.length);
    for (const row of rows) {
      const task = tasks.find((x) => x.itemId === row.item_id)!;
      expect(task.reports).toContainEqual(expect.objectContaining({ text: row.text, percent: row.percent }));
    }
    // sections are the plan's major tasks in order (一、总体要求 has no task, so it has no section)
    expect(c.sections.map((s) => s.number)).toEqual(['二、', '三、']);
    expect(c.sections.every((s) => s.tasks.length > 0)).toBe(true);
    const board = (await leader.request('GET', `/api/v1/workplan/plans/${planId}/overdue`)).json().items as {
      title: string;
    }[];
    for (const o of board.filter((i) => tasks.some((x) => x.title === i.title)))
      expect(c.risks.map((r) => r.title)).toContain(o.title);
    const notices = await t.deps.db
      .selectFrom('workplan_notices as n')
      .innerJoin('workplan_items as i', 'i.id', 'n.item_id')
      .select('n.issued_at')
      .where('i.plan_id', '=', planId)
      .execute();
    const inMonth = notices.filter((n) => {
      const d = new Date(Date.parse(n.issued_at) + 8 * 3600_000).toISOString();
      return d.startsWith('2026-09');
    });
    expect(c.summary.notices).toBe(inMonth.length);
    expect(c.notices).toHaveLength(inMonth.length);
  });

  it('goes draft → submitted → returned → draft → submitted → approved (frozen) → released, each step audited', async () => {
    const month = '2026-08';
    expect((await nanning.request('POST', `${base}/${month}/compile`)).statusCode).toBe(403);
    expect((await leader.request('POST', `${base}/${month}/compile`)).statusCode).toBe(403);
    const draft = (await admin.request('POST', `${base}/${month}/compile`)).json() as MonthlyReport;
    const id = draft.id;
    const act = (who: Agent, what: string, body?: unknown) =>
      who.request('POST', `/api/v1/workplan/monthly-reports/${id}/${what}`, body);
    // a draft cannot be decided; an officer cannot approve
    expect((await act(leader, 'decision', { decision: 'approve' })).statusCode).toBe(409);
    expect((await act(admin, 'submit')).json().state).toBe('submitted');
    expect((await admin.request('POST', `${base}/${month}/compile`)).statusCode).toBe(409);
    expect((await act(nanning, 'decision', { decision: 'approve' })).statusCode).toBe(403);
    const noReason = await act(leader, 'decision', { decision: 'return' });
    expect(noReason.statusCode).toBe(400);
    const returned = (await act(leader, 'decision', { decision: 'return', reason: '请补充风险事项的原因' })).json();
    expect([returned.state, returned.returnReason]).toEqual(['returned', '请补充风险事项的原因']);
    expect((await admin.request('POST', `${base}/${month}/compile`)).json().state).toBe('draft');
    expect((await act(admin, 'release')).statusCode).toBe(409);
    await act(admin, 'submit');
    const approved = (await act(leader, 'decision', { decision: 'approve' })).json() as MonthlyReport;
    expect(approved.state).toBe('approved');
    expect(approved.frozenSha256).toMatch(/^[0-9a-f]{64}$/);

    // frozen: the plan changes, recompiling is refused, the content and the documents stay as approved
    const firstTask = approved.content.sections[0]!.tasks[0]!;
    await t.deps.db
      .updateTable('workplan_items')
      .set({ title: '改名后的事项' })
      .where('id', '=', firstTask.itemId)
      .execute();
    expect((await admin.request('POST', `${base}/${month}/compile`)).statusCode).toBe(409);
    const released = (await act(admin, 'release')).json() as MonthlyReport;
    expect(released.state).toBe('released');
    const again = (await leader.request('GET', `${base}/${month}`)).json() as MonthlyReport;
    expect(again.content).toEqual(approved.content);
    const docx = await leader.request('GET', `/api/v1/workplan/monthly-reports/${id}/document?format=docx`);
    const text = readDocxText(docx.rawPayload);
    expect(text).toContain(firstTask.title);
    expect(text).not.toContain('改名后的事项');
    await t.deps.db
      .updateTable('workplan_items')
      .set({ title: firstTask.title })
      .where('id', '=', firstTask.itemId)
      .execute();

    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name'])
      .where('entity_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'workplan.monthly.compile',
      'workplan.monthly.submit',
      'workplan.monthly.return',
      'workplan.monthly.compile',
      'workplan.monthly.submit',
      'workplan.monthly.approve',
      'workplan.monthly.release',
    ]);
    expect(audit[5]!.actor_name).toBe('leader');
  });

  it('serves the Word document (a zip with the text) and the PDF', async () => {
    const report = (await leader.request('GET', `${base}/2026-09`)).json() as MonthlyReport;
    const url = `/api/v1/workplan/monthly-reports/${report.id}/document`;
    const docx = await leader.request('GET', `${url}?format=docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = readDocxText(docx.rawPayload);
    expect(text).toContain('2026年9月进展情况报告');
    expect(text).toContain('三、存在风险和逾期事项');
    const someReport = report.content.sections.flatMap((s) => s.tasks).find((x) => x.reports.length)!.reports[0]!;
    expect(text).toContain(someReport.text);
    const pdf = await leader.request('GET', `${url}?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (hasPdftotext) expect(pdfText(pdf.rawPayload).replace(/\s+/g, '')).toContain('2026年9月进展情况报告');
  });

  it("keeps each plan's reports to its owners: a city sees neither the province's nor another city's", async () => {
    expect((await nanning.request('GET', base)).statusCode).toBe(404);
    expect((await nanning.request('GET', `${base}/2026-10`)).statusCode).toBe(404);
    const oct = (await leader.request('GET', `${base}/2026-10`)).json() as MonthlyReport;
    expect((await nanning.request('GET', `/api/v1/workplan/monthly-reports/${oct.id}/document`)).statusCode).toBe(404);
    const liuzhouPlan = await createPlan(t, admin, 2027, '柳州市生态环境局');
    const liuzhou = `/api/v1/workplan/plans/${liuzhouPlan}/monthly-reports`;
    const compiled = await admin.request('POST', `${liuzhou}/2027-01/compile`);
    expect(compiled.statusCode, compiled.body).toBe(200);
    expect(compiled.json().content.summary).toMatchObject({ tasks: 0, reports: 0, notices: 0 });
    expect((await nanning.request('GET', liuzhou)).statusCode).toBe(404);
    expect((await admin.request('POST', `${liuzhou}/2026-01/compile`)).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: base })).statusCode).toBe(401);
  });
});
