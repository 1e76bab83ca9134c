import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATES, type CaseDetail, type CaseSummary } from '@ecocloud/contracts';
import { assessPenalty, type ViolationType } from '@ecocloud/standards';
import { DEMO_CITIES } from '../../../platform/demo/guangxi';
import { findMetric } from '../../../platform/metrics/metric-registry';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { enforcementDemoSeeder } from './demo-seeder';

async function ok<T>(agent: Agent, url: string): Promise<T> {
  const res = await agent.request('GET', url);
  if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

describe.each(testDatabases())('the enforcement demo on $name', (tdb) => {
  let t: TestApp;
  let admin: Agent;
  let details: CaseDetail[] = [];

  beforeAll(async () => {
    // createTestApp seeds the whole demo (the register first, then these cases) with today 2026-11-28.
    t = await createTestApp(tdb);
    admin = await t.login('admin');
    const list = await ok<{ items: CaseSummary[]; total: number }>(admin, '/api/v1/enforcement/cases?pageSize=200');
    details = await Promise.all(list.items.map((c) => ok<CaseDetail>(admin, `/api/v1/enforcement/cases/${c.id}`)));
  }, 120_000);
  afterAll(() => t?.close());

  it('gives about fifty cases in every state of the machine, each handled by its city’s bureau', async () => {
    expect(details.length).toBeGreaterThanOrEqual(40);
    expect(details.length).toBeLessThanOrEqual(60);
    expect(new Set(details.map((d) => d.state))).toEqual(new Set(CASE_STATES));
    expect(new Set(details.map((d) => d.regionCode.slice(0, 4))).size).toBeGreaterThanOrEqual(DEMO_CITIES.length - 1);
    const handled = await t.deps.db
      .selectFrom('enforcement_cases as c')
      .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id')
      .innerJoin('orgs as o', 'o.id', 'c.handling_org_id')
      .select(['e.region_code as region', 'o.kind', 'o.region_code as orgRegion', 'c.created_by'])
      .execute();
    expect(handled).toHaveLength(details.length);
    for (const h of handled) {
      expect(h).toMatchObject({ kind: 'city', orgRegion: `${h.region.slice(0, 4)}00`, created_by: null });
    }
  });

  it('assesses every fine through the real rules, within its statutory range, under the old laws and the Code', async () => {
    const inputs = new Map(
      (await t.deps.db.selectFrom('enforcement_cases').select(['id', 'discretion_inputs']).execute()).map((r) => [
        r.id,
        JSON.parse(r.discretion_inputs) as Record<string, string>,
      ]),
    );
    const assessed = details.filter((d) => d.penalty);
    expect(assessed.length).toBeGreaterThan(25);
    for (const d of assessed) {
      const p = d.penalty!;
      const again = assessPenalty({
        jurisdiction: d.jurisdiction,
        table: p.table,
        violation: d.violation as ViolationType,
        actDate: d.actDate,
        actEndDate: d.actEndDate ?? undefined,
        decisionDate: p.decisionDate,
        inputs: inputs.get(d.id)!,
      });
      expect(again.ok && again.fineYuan, d.caseNo).toBe(p.fineYuan);
      expect(p.fineYuan).toBeGreaterThanOrEqual(p.statutoryRange.minYuan);
      expect(p.fineYuan).toBeLessThanOrEqual(p.statutoryRange.maxYuan);
    }
    const bases = assessed.map((d) => d.penalty!.basis.id);
    expect(bases.filter((b) => b.startsWith('code-')).length).toBeGreaterThan(3);
    expect(bases.filter((b) => !b.startsWith('code-')).length).toBeGreaterThan(3);
  });

  it('has no case whose clocks contradict its events', () => {
    for (const d of details) {
      const kinds = new Set(d.events.map((e) => e.kind));
      const clock = (code: string) => d.clocks.find((c) => c.code === code);
      for (const c of d.clocks) {
        if (!c.overdue || c.code === 'HEARING_REQUEST') continue; // a party's lapsed right is not a delay
        // Late on purpose only: a lead not filed in time, a fine not paid.
        const deliberate =
          (c.code === 'FILING' && d.state === 'lead') ||
          (c.code === 'PAYMENT' && (d.state === 'overdue' || d.state === 'enforced'));
        expect(deliberate, `${d.caseNo} ${d.state}: ${c.code} due ${c.dueDate}`).toBe(true);
      }
      if (kinds.has('decided')) expect(clock('DECISION')?.satisfied, d.caseNo).toBe(true);
      if (kinds.has('served')) expect(clock('SERVICE')?.satisfied, d.caseNo).toBe(true);
      if (kinds.has('paid')) expect(clock('PAYMENT')?.satisfied, d.caseNo).toBe(true);
      if (kinds.has('decided')) expect(d.fineYuan).toBe(d.penalty?.fineYuan);
      expect(d.limitation.within).toBe(true);
    }
    // The overdue ones carry a late fee (3 % a day, never above the fine); the daily penalties count days.
    const overdue = details.filter((d) => d.state === 'overdue');
    expect(overdue.length).toBeGreaterThan(0);
    for (const d of overdue) {
      const fee = d.clocks.find((c) => c.code === 'PAYMENT')!.lateFeeYuan!;
      expect(fee).toBeGreaterThan(0);
      expect(fee).toBeLessThanOrEqual(d.fineYuan!);
    }
    const daily = details.filter((d) => d.dailyPenalty);
    expect(daily.map((d) => d.dailyPenalty!.cycles.length).sort()).toEqual([1, 2]);
    expect(details.some((d) => d.events.some((e) => e.kind === 'seized'))).toBe(true);
    expect(details.some((d) => d.clocks.some((c) => c.code === 'DECISION' && c.paused))).toBe(true);
  });

  it('keeps a city officer to the cases of the city’s enterprises', async () => {
    const nanning = await t.login('nanning_officer');
    const own = await ok<{ items: CaseSummary[]; total: number }>(nanning, '/api/v1/enforcement/cases?pageSize=200');
    expect(own.total).toBeGreaterThan(0);
    expect(own.items.every((c) => c.regionCode.startsWith('4501'))).toBe(true);
  });

  it('never reports an on-time rate above 100 %, for the province or any city', async () => {
    const metric = findMetric('enforcement.decisions_on_time_pct')!;
    for (const regionCode of ['450000', ...DEMO_CITIES.map(([code]) => code)]) {
      const { value } = await metric.read(t.deps, { regionCode, year: 2026, asOf: t.clock.now() });
      if (value !== null) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
      }
    }
    const decided = await findMetric('enforcement.cases_decided_year')!.read(t.deps, {
      regionCode: '450000',
      year: 2026,
      asOf: t.clock.now(),
    });
    expect(decided.value).toBeGreaterThan(10);
  });

  it('seeds once, the same cases again on an empty table, in under two seconds on SQLite', async () => {
    const snapshot = async () =>
      JSON.stringify([
        await t.deps.db.selectFrom('enforcement_cases').selectAll().orderBy('id').execute(),
        await t.deps.db.selectFrom('enforcement_case_events').selectAll().orderBy('id').execute(),
      ]);
    const before = await snapshot();
    await enforcementDemoSeeder.seed(t.deps);
    expect(await snapshot()).toBe(before);

    await t.deps.db.deleteFrom('enforcement_case_events').execute();
    await t.deps.db.deleteFrom('enforcement_cases').execute();
    const started = performance.now();
    await enforcementDemoSeeder.seed(t.deps);
    // The budget is SQLite's (createTestApp seeds the demo for every suite); PostgreSQL pays a round trip a row.
    if (tdb.name === 'sqlite') expect(performance.now() - started).toBeLessThan(2000);
    expect(await snapshot()).toBe(before);
  });
});
