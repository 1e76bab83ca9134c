import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { createPlan, multipart, orgIdByName } from '../shared/workplan.test-fixtures';

const repoRoot = path.resolve(import.meta.dirname, '../../../../../..');
const seedPath = path.resolve(repoRoot, '../shared/seeds/000_1525b2c634cd8c3f.txt');
const hasSeed = fs.existsSync(seedPath);
if (!hasSeed) console.warn(`SKIP seed upload test: ${seedPath} is absent`);
const cityPlan = fs.readFileSync(path.join(import.meta.dirname, '../import/fixtures', 'plan-2025-city.txt'), 'utf8');

describe.each(testDatabases())('work plan API on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let analyst: Agent;
  beforeAll(async () => {
    t = await createTestApp(db);
    admin = await t.login('admin');
    analyst = await t.login('analyst');
  });
  afterAll(() => t?.close());

  it('refuses the anonymous (401), the unpermitted (403) and bad input (400)', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/workplan/plans' })).statusCode).toBe(401);
    expect((await (await t.login('enterprise_demo')).request('GET', '/api/v1/workplan/plans')).statusCode).toBe(403);
    expect(
      (await analyst.request('POST', '/api/v1/workplan/plans', { year: 2025, orgId: 'x', title: 'x' })).statusCode,
    ).toBe(403);
    const bad = await admin.request('POST', '/api/v1/workplan/plans', { year: 1999, orgId: 'x', title: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    expect((await admin.request('POST', '/api/v1/workplan/import/preview', { year: 2025 })).statusCode).toBe(400);
  });

  it('refuses a second plan for the same year and organisation (409) and an unknown unit (400)', async () => {
    const planId = await createPlan(t, admin, 2027);
    const dept = await orgIdByName(t, '广西壮族自治区生态环境厅');
    expect(
      (await admin.request('POST', '/api/v1/workplan/plans', { year: 2027, orgId: dept, title: '重复' })).statusCode,
    ).toBe(409);
    expect(
      (await admin.request('POST', `/api/v1/workplan/plans/${planId}/items`, { title: 'x', leadUnitIds: ['nope'] }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await admin.request('POST', `/api/v1/workplan/plans/${planId}/items`, {
          title: 'x',
          indicators: [{ name: 'x', direction: 'at_least', target: 1, source: 'live' }],
        })
      ).statusCode,
    ).toBe(400);
  });

  it('holds the 2024 demo plan: 13 key works on the board, live indicators without data yet', async () => {
    const leader = await t.login('leader');
    const plans = (await leader.request('GET', '/api/v1/workplan/plans')).json().items as {
      id: string;
      year: number;
    }[];
    const demo = plans.find((p) => p.year === 2024)!;
    const board = (await leader.request('GET', `/api/v1/workplan/plans/${demo.id}/board`)).json().items as {
      title: string;
      total: number;
      counts: Record<string, number>;
    }[];
    // 一、总体要求 is text only: no card, so no row.
    expect(board.map((r) => r.title)).toEqual(['“三个一”重大任务', '13项重点工作']);
    const keyWorks = (
      await leader.request(
        'GET',
        `/api/v1/workplan/plans/${demo.id}/items?parentId=${(await leader.request('GET', `/api/v1/workplan/plans/${demo.id}/items`)).json().items.find((i: { title: string }) => i.title === '13项重点工作').id}`,
      )
    ).json();
    expect(keyWorks.total).toBe(13);
    const items = (await leader.request('GET', `/api/v1/workplan/plans/${demo.id}/items?tag=air`)).json().items as {
      indicators: { metricKey: string; latest: { value: null; note: string } }[];
    }[];
    const pm25 = items.flatMap((i) => i.indicators).find((x) => x.metricKey === 'air.pm25_annual_mean')!;
    expect(pm25.latest).toMatchObject({ value: null, note: expect.stringMatching(/^no data/) });
    // The demo year is over on the test clock (2026): every open task is overdue.
    expect(board[1]!.counts.overdue).toBeGreaterThan(10);
  });

  it('previews a plan sent as JSON text or as a .txt upload, refuses a .doc, and saves the reviewed proposal', async () => {
    const json = await admin.request('POST', '/api/v1/workplan/import/preview', { text: cityPlan });
    expect(json.statusCode, json.body).toBe(200);
    expect(json.json()).toMatchObject({ year: 2025, counts: { items: 15, indicators: 7 } });
    const { body, headers } = multipart('plan.txt', cityPlan);
    const upload = await admin.request('POST', '/api/v1/workplan/import/preview?year=2025', body, headers);
    expect(upload.json().counts).toEqual(json.json().counts);
    const doc = multipart('plan.doc', 'binary Word 97');
    expect((await admin.request('POST', '/api/v1/workplan/import/preview', doc.body, doc.headers)).statusCode).toBe(
      415,
    );

    const planId = await createPlan(t, admin, 2025);
    const saved = await admin.request('POST', `/api/v1/workplan/plans/${planId}/import`, { items: json.json().items });
    expect(saved.json()).toMatchObject({ created: 15, indicators: 7 });
    const stored = (await admin.request('GET', `/api/v1/workplan/plans/${planId}/items`)).json();
    expect(stored.total).toBe(15);
    expect(stored.items.find((i: { number: string }) => i.number === '（一）').title).toBe('大气污染防治');
    const again = await admin.request('POST', `/api/v1/workplan/plans/${planId}/import`, {
      items: json.json().items,
      replace: true,
    });
    expect(again.json().created).toBe(15);
    expect((await admin.request('GET', `/api/v1/workplan/plans/${planId}/items`)).json().total).toBe(15);
  });

  it.skipIf(!hasSeed)('reads the seed plan through the API with its places', async () => {
    const res = await admin.request('POST', '/api/v1/workplan/import/preview', {
      text: fs.readFileSync(seedPath, 'utf8'),
    });
    const proposal = res.json();
    expect(proposal.items[2].children).toHaveLength(13);
    const lijiang = proposal.items[2].children[6];
    expect(lijiang.regions).toContain('450300');
  });

  it('keeps the working-day calendar: base holidays listed, custom days added by an administrator only', async () => {
    const days = (await analyst.request('GET', '/api/v1/calendar/days?year=2025')).json().items as {
      date: string;
      kind: string;
      source: string;
    }[];
    expect(days).toEqual(
      expect.arrayContaining([
        { date: '2025-10-01', kind: 'holiday', name: '国庆节、中秋节', source: 'base' },
        { date: '2025-09-28', kind: 'workday', name: '国庆节、中秋节调休上班', source: 'base' },
      ]),
    );
    expect(
      (
        await analyst.request('POST', '/api/v1/calendar/days', {
          date: '2025-11-03',
          kind: 'holiday',
          name: '壮族三月三',
        })
      ).statusCode,
    ).toBe(403);
    const added = await admin.request('POST', '/api/v1/calendar/days', {
      date: '2025-11-03',
      kind: 'holiday',
      name: '地方假日（测试）',
    });
    expect(added.statusCode).toBe(201);
    // Reporting rounds skip it: with a due day of the 3rd, October 2026's report (3 Nov, a Tuesday) moves to 4 Nov.
    await admin.request('POST', '/api/v1/calendar/days', {
      date: '2026-11-03',
      kind: 'holiday',
      name: '地方假日（测试）',
    });
    const planId = await createPlan(t, admin, 2026, '南宁市生态环境局');
    const rounds = (
      await admin.request('POST', `/api/v1/workplan/plans/${planId}/rounds`, { frequency: 'monthly', dueDay: 3 })
    ).json().items as { label: string; dueDate: string }[];
    expect(rounds.find((r) => r.label === '2026-10')!.dueDate).toBe('2026-11-04');
    expect(rounds.find((r) => r.label === '2026-09')!.dueDate).toBe('2026-10-08'); // National Day week
    const stored = await t.deps.db.selectFrom('calendar_days').select('date').execute();
    expect(stored.map((d) => d.date).sort()).toEqual(['2025-11-03', '2026-11-03']);
  });
});
