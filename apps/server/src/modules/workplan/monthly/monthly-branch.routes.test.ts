import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonthlyReport } from '@ecocloud/contracts';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { createItem, createPlan, orgIdByName } from '../shared/workplan.test-fixtures';

// A plan as an import leaves it: a key work (任务) with no lead unit of its own and a measure below it that a
// bureau leads, reports on and lets slip past its deadline. The month's report must carry the measure's
// report, indicator, lead unit and overdue status on the key work, and list the measure among the risks.
describe.each(testDatabases())('the monthly report rolls a key work up from its measures on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let report: MonthlyReport;

  beforeAll(async () => {
    t = await createTestApp(db);
    t.clock.set('2027-03-10T02:00:00Z');
    admin = await t.login('admin');
    const planId = await createPlan(t, admin, 2027);
    const nanning = await orgIdByName(t, '南宁市生态环境局');
    const section = await createItem(admin, planId, { kind: 'section', number: '一、', title: '抓好督察整改' });
    const task = await createItem(admin, planId, {
      parentId: section.id,
      number: '（一）',
      title: '推进督察反馈问题整改',
    });
    const measure = await createItem(admin, planId, {
      parentId: task.id,
      kind: 'measure',
      title: '完成城中村截污纳管',
      leadUnitIds: [nanning],
      deadline: '2027-02-28',
      indicators: [{ name: '截污纳管完成率', unit: '%', direction: 'at_least', target: 100 }],
    });
    await createItem(admin, planId, { parentId: section.id, number: '（二）', title: '按期完成的工作' });
    const rounds = await admin.request('POST', `/api/v1/workplan/plans/${planId}/rounds`, { frequency: 'monthly' });
    expect(rounds.statusCode, rounds.body).toBe(201);
    const march = (await admin.request('GET', `/api/v1/workplan/plans/${planId}/rounds`))
      .json()
      .items.find((r: { label: string }) => r.label === '2027-03') as { id: string };
    const filed = await admin.request('POST', `/api/v1/workplan/items/${measure.id}/reports`, {
      roundId: march.id,
      unitId: nanning,
      text: '已完成12个城中村改造，剩余3个正在施工。',
      percent: 80,
      values: [{ indicatorId: measure.indicators[0]!.id, value: 80 }],
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const compiled = await admin.request('POST', `/api/v1/workplan/plans/${planId}/monthly-reports/2027-03/compile`);
    expect(compiled.statusCode, compiled.body).toBeLessThan(300);
    report = compiled.json() as MonthlyReport;
  }, 120_000);
  afterAll(() => t?.close());

  it('the key work carries its measure: report (naming the measure), indicator, lead unit and worst status', () => {
    const [keyWork, onTime] = report.content.sections[0]!.tasks;
    expect(keyWork).toMatchObject({
      title: '推进督察反馈问题整改',
      status: 'overdue',
      leadUnits: ['南宁市生态环境局'],
      reports: [{ unitName: '南宁市生态环境局', itemTitle: '完成城中村截污纳管', percent: 80 }],
      indicators: [{ name: '截污纳管完成率', target: 100, value: 80 }],
    });
    // The other key work has no measure behind: its own status, no borrowed figures.
    expect(onTime).toMatchObject({ title: '按期完成的工作', leadUnits: [], reports: [], indicators: [] });
    expect(onTime!.status).not.toBe('overdue');
    expect(report.content.summary).toMatchObject({ tasks: 2, reported: 1, reports: 1, overdue: 1 });
  });

  it('lists the overdue measure among the risks, not its key work a second time', () => {
    expect(report.content.risks).toEqual([
      {
        number: '',
        title: '完成城中村截污纳管',
        status: 'overdue',
        leadUnits: ['南宁市生态环境局'],
        deadline: '2027-02-28',
      },
    ]);
  });
});
