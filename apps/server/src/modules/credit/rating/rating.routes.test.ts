import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RatingDetail, RatingRunDetail, RatingRunView } from '@ecocloud/contracts';
import { DEFAULT_RATING_SCHEME } from '@ecocloud/standards';
import { supervisionFactsOf } from '../../../platform/supervision/supervision-registry';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { substantiatedComplaintsOf } from '../../complaints';
import { decidedCases } from '../../enforcement';

async function ok<T>(agent: Agent, method: string, url: string, body?: unknown, status = 200): Promise<T> {
  const res = await agent.request(method, url, body);
  if (res.statusCode !== status) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

const max = (code: string) => DEFAULT_RATING_SCHEME.indicators.find((i) => i.code === code)!;

describe.each(testDatabases())('credit rating on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let nanning: Agent;
  let enterprise: Agent;
  let runs: RatingRunView[];

  beforeAll(async () => {
    t = await createTestApp(db);
    // Tuesday 2026-12-01; the demo was seeded on 11-28.
    t.clock.set('2026-12-01T02:00:00Z');
    admin = await t.login('admin');
    nanning = await t.login('nanning_officer');
    enterprise = await t.login('enterprise_demo');
    runs = (await ok<{ items: RatingRunView[] }>(admin, 'GET', '/api/v1/credit/runs')).items;
  }, 120_000);
  afterAll(() => t.close());

  it('the demo published the year before last with all four levels, a veto-forced red and an objection that changed a level', async () => {
    const published = runs.find((r) => r.status === 'published')!;
    expect(published.year).toBe(2024);
    expect(Object.values(published.counts).every((n) => n > 0)).toBe(true);
    const run = await ok<RatingRunDetail>(admin, 'GET', `/api/v1/credit/runs/${published.id}`);
    const vetoed = run.ratings.find((r) => r.vetoes.length > 0)!;
    expect([vetoed.level, vetoed.scoredLevel === 'red', vetoed.jointPunishment]).toEqual(['red', false, true]);
    const details = await Promise.all(
      run.ratings.map((r) => ok<RatingDetail>(admin, 'GET', `/api/v1/credit/ratings/${r.id}`)),
    );
    const upheld = details.flatMap((d) => d.objections).find((o) => o.status === 'upheld')!;
    expect([upheld.levelBefore, upheld.levelAfter]).toEqual(['yellow', 'blue']);
    // The consequence reaches the object library's criteria through the supervision registry.
    const facts = await supervisionFactsOf(t.deps, [vetoed.enterpriseId], '2026-11-28');
    expect(facts.get(vetoed.enterpriseId)?.map((f) => f.criterion)).toContain('bad_credit');
    expect(facts.get(vetoed.enterpriseId)?.[0]?.text).toContain('环保不良');
    // … and the enforcement object library lists the red unit's credit reason as derived (a key unit stays in
    // the key library; the reason is listed either way).
    const lib = await ok<{
      items: { enterpriseId: string; library: string; reasons: { code: string; text: string; source: string }[] }[];
    }>(admin, 'GET', '/api/v1/enforcement/inspection-objects');
    const obj = lib.items.find((o) => o.enterpriseId === vetoed.enterpriseId)!;
    expect(obj.reasons).toContainEqual(
      expect.objectContaining({ code: 'bad_credit', source: 'derived', text: expect.stringContaining('环保不良') }),
    );
    // Last year's run waits in review for publication.
    expect(runs.find((r) => r.year === 2025)?.status).toBe('review');
  });

  it('scores a unit from its record, forces red by a veto, and lets the enterprise object to change it', async () => {
    const run = await ok<RatingRunDetail>(
      nanning,
      'POST',
      '/api/v1/credit/runs',
      { year: 2026, objectionDays: 5 },
      201,
    );
    expect(run.regionCode).toBe('450100');
    expect(run.ratings.every((r) => r.regionCode.startsWith('4501'))).toBe(true);
    // A unit with decided cases in 2026: M11 loses 4 points per case and per full 10 000 元.
    const ids = run.ratings.map((r) => r.enterpriseId);
    const cases = await decidedCases(t.deps.db, ids, { from: '2026-01-01', to: '2026-12-31' });
    const withCase = run.ratings.find((r) => cases.some((c) => c.enterpriseId === r.enterpriseId))!;
    const own = cases.filter((c) => c.enterpriseId === withCase.enterpriseId);
    const units = own.length + Math.floor(own.reduce((s, c) => s + (c.fineYuan ?? 0), 0) / 10_000);
    const detail = await ok<RatingDetail>(nanning, 'GET', `/api/v1/credit/ratings/${withCase.id}`);
    const m11 = detail.indicators.find((i) => i.code === 'M11')!;
    expect(m11).toMatchObject({
      value: own.length,
      filledBy: 'record',
      points: Math.max(max('M11').maxPoints - units * 4, 0),
    });
    expect(detail.total).toBe(Math.round(detail.indicators.reduce((s, i) => s + i.points, 0) * 10) / 10);

    // S1 from the complaints module: each complaint substantiated with its reply in 2026 costs a point.
    const complaints = await substantiatedComplaintsOf(t.deps.db, ids, '2026-01-01', '2026-12-31');
    const complained = run.ratings.find((r) => (complaints.get(r.enterpriseId) ?? 0) > 0)!;
    expect(complained, 'the demo has a substantiated complaint on a rated Nanning unit').toBeDefined();
    const s1 = (await ok<RatingDetail>(nanning, 'GET', `/api/v1/credit/ratings/${complained.id}`)).indicators.find(
      (i) => i.code === 'S1',
    )!;
    const n = complaints.get(complained.enterpriseId)!;
    expect(s1).toMatchObject({ value: n, filledBy: 'record', points: Math.max(max('S1').maxPoints - n, 0) });

    // The demo enterprise's own unit: a veto forces red whatever the score.
    const mine = run.ratings.find((r) => r.enterpriseName === '南宁示范热电有限公司')!;
    const vetoed = await ok<RatingDetail>(nanning, 'PUT', `/api/v1/credit/ratings/${mine.id}/manual`, {
      manual: {},
      vetoes: ['hazardous_waste'],
    });
    expect([vetoed.level, vetoed.jointPunishment, vetoed.vetoes]).toEqual(['red', true, ['hazardous_waste']]);
    expect(
      (await nanning.request('PUT', `/api/v1/credit/ratings/${mine.id}/manual`, { manual: {}, vetoes: ['nonsense'] }))
        .statusCode,
    ).toBe(400);

    // A draft is not the enterprise's to see; the window opens, the enterprise objects, the reviewer upholds.
    expect((await enterprise.request('GET', `/api/v1/credit/ratings/${mine.id}`)).statusCode).toBe(404);
    await ok(nanning, 'POST', `/api/v1/credit/runs/${run.id}/open-objections`, {});
    const objected = await ok<RatingDetail>(
      enterprise,
      'POST',
      `/api/v1/credit/ratings/${mine.id}/objections`,
      { text: '暗管已于评价年度前拆除，请求复核一票否决。' },
      201,
    );
    expect(objected.objections[0]).toMatchObject({ status: 'open', levelBefore: 'red' });
    // Publication waits for the window (5 working days from 12-01: 12-08) and every objection.
    expect((await admin.request('POST', `/api/v1/credit/runs/${run.id}/review`, {})).statusCode).toBe(409);
    const decided = await ok<RatingDetail>(
      admin,
      'POST',
      `/api/v1/credit/objections/${objected.objections[0]!.id}/decide`,
      {
        upheld: true,
        decision: '经现场核实，否决事项不成立。',
        vetoes: [],
      },
    );
    expect(decided.level).not.toBe('red');
    expect(decided.objections[0]).toMatchObject({ status: 'upheld', levelBefore: 'red', levelAfter: decided.level });
    t.clock.set('2026-12-09T02:00:00Z');
    admin = await t.login('admin');
    nanning = await t.login('nanning_officer');
    enterprise = await t.login('enterprise_demo');
    await ok(admin, 'POST', `/api/v1/credit/runs/${run.id}/review`, {});
    const published = await ok<RatingRunDetail>(admin, 'POST', `/api/v1/credit/runs/${run.id}/publish`, {});
    expect([published.status, published.publishedOn]).toEqual(['published', '2026-12-09']);
    const portal = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/credit/ratings?q=${encodeURIComponent(mine.uscc)}`,
    });
    expect(portal.json().items).toContainEqual(
      expect.objectContaining({ year: 2026, uscc: mine.uscc, level: decided.level }),
    );
  });

  it('keeps scope: an enterprise sees only its own ratings, a city officer only its city', async () => {
    const province = runs.find((r) => r.year === 2024)!;
    const all = await ok<RatingRunDetail>(admin, 'GET', `/api/v1/credit/runs/${province.id}`);
    const city = await ok<RatingRunDetail>(nanning, 'GET', `/api/v1/credit/runs/${province.id}`);
    expect(all.ratings.some((r) => !r.regionCode.startsWith('4501'))).toBe(true);
    expect(city.ratings.length).toBeGreaterThan(0);
    expect(city.ratings.every((r) => r.regionCode.startsWith('4501'))).toBe(true);
    const other = all.ratings.find((r) => r.enterpriseName !== '南宁示范热电有限公司')!;
    expect((await enterprise.request('GET', `/api/v1/credit/ratings/${other.id}`)).statusCode).toBe(404);
    expect((await enterprise.request('GET', '/api/v1/credit/runs')).statusCode).toBe(403);
    const mine = await ok<{ items: RatingDetail[] }>(enterprise, 'GET', '/api/v1/credit/ratings/mine');
    expect(mine.items.length).toBeGreaterThan(0);
    expect(new Set(mine.items.map((r) => r.enterpriseName))).toEqual(new Set(['南宁示范热电有限公司']));
    // A city officer cannot draft over the province's year, nor publish.
    expect((await nanning.request('POST', '/api/v1/credit/runs', { year: 2024 })).statusCode).toBe(409);
    expect((await nanning.request('POST', `/api/v1/credit/runs/${province.id}/publish`, {})).statusCode).toBe(403);
  });
});
