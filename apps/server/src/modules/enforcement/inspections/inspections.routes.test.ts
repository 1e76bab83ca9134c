import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InspectionPlan, InspectionObject } from '@ecocloud/contracts';
import { createTestApp, orgIdOf, testDatabases, type Agent, type TestApp } from '../../../test/harness';
import { drawInspections } from '../draw/random-draw';
import { findPlan } from './inspections.repository';
import { drawReproduces, type StoredDraw } from './plan-draw';

async function ok<T>(agent: Agent, method: string, url: string, body?: unknown, status = 200): Promise<T> {
  const res = await agent.request(method, url, body);
  if (res.statusCode !== status) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json() as T;
}

const PLANS = '/api/v1/enforcement/inspection-plans';
/** The plans this suite draws: the demo's published plans of last quarter (records/records-demo.ts) left aside. */
const notDemo = <T extends { id: string }>(items: T[]) => items.filter((p) => !p.id.startsWith('enf-demo-'));

describe.each(testDatabases())('random inspections (双随机、一公开) on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  let nanning: Agent;
  let guilin: Agent;
  let objects: InspectionObject[] = [];
  const inspectorIds: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(db);
    // Tuesday 2026-11-10 in Shanghai; plans are inspected on Monday 2026-11-16.
    t.clock.set('2026-11-10T02:00:00Z');
    admin = await t.login('admin');
    nanning = await t.login('nanning_officer');
    guilin = await t.login('inspector');
    const orgId = await orgIdOf(t.deps, '450100');
    // Three more Nanning inspectors: one recused from every unit, one unavailable, one free.
    for (const name of ['nn_recused', 'nn_away', 'nn_free']) {
      const u = await ok<{ id: string }>(
        admin,
        'POST',
        '/api/v1/users',
        { username: name, displayName: `南宁执法${name}`, orgId, roles: ['inspector'], password: 'demo-Passw0rd-1' },
        201,
      );
      inspectorIds[name] = u.id;
    }
    objects = (
      await ok<{ items: InspectionObject[] }>(
        nanning,
        'GET',
        '/api/v1/enforcement/inspection-objects?regionCode=450100',
      )
    ).items;
  });
  afterAll(() => t.close());

  it('places units in the libraries with reasons, and takes the manual parts', async () => {
    const list = await ok<{ items: InspectionObject[]; counts: Record<string, number>; notes: string[] }>(
      nanning,
      'GET',
      '/api/v1/enforcement/inspection-objects?regionCode=450100',
    );
    expect(list.items.length).toBeGreaterThan(4);
    expect(list.counts.key).toBeGreaterThan(0);
    for (const o of list.items.filter((i) => i.library === 'key')) expect(o.reasons.length).toBeGreaterThan(0);
    // Substantiated complaints are derived by the complaints module (issue 19): no longer left to an officer.
    expect(list.notes.join('')).not.toContain('投诉');

    const general = list.items.find((i) => i.library === 'general')!;
    const put = await ok<InspectionObject>(
      nanning,
      'PUT',
      `/api/v1/enforcement/inspection-objects/${general.enterpriseId}`,
      {
        reasons: ['bad_credit'],
        positiveList: true,
      },
    );
    expect(put).toMatchObject({ library: 'special', positiveList: true, manualReasons: ['bad_credit'] });
    expect(put.reasons.map((r) => r.text)).toContain('环境信用评价为不良（失信）等级');
    // The inspector may read the library but not change it; another city's unit is 404.
    const refused = await guilin.request('PUT', `/api/v1/enforcement/inspection-objects/${general.enterpriseId}`, {
      positiveList: false,
    });
    expect(refused.statusCode).toBe(403);
    const outside = await nanning.request('GET', '/api/v1/enforcement/inspection-objects?regionCode=450300');
    expect(outside.json().items).toEqual([]);
    objects = (
      await ok<{ items: InspectionObject[] }>(
        nanning,
        'GET',
        '/api/v1/enforcement/inspection-objects?regionCode=450100',
      )
    ).items;
  });

  it('keeps the inspector library of the org tree with recusals and availability', async () => {
    const everyUnit = objects.map((o) => o.enterpriseId);
    await ok(nanning, 'PUT', `/api/v1/enforcement/inspectors/${inspectorIds.nn_recused}`, {
      recusals: everyUnit,
      active: true,
    });
    await ok(nanning, 'PUT', `/api/v1/enforcement/inspectors/${inspectorIds.nn_away}`, { recusals: [], active: false });
    const list = await ok<{ items: { userId: string; active: boolean; recusals: unknown[] }[] }>(
      nanning,
      'GET',
      '/api/v1/enforcement/inspectors',
    );
    const ids = list.items.map((i) => i.userId);
    expect(ids).toEqual(expect.arrayContaining(Object.values(inspectorIds)));
    expect(list.items.find((i) => i.userId === inspectorIds.nn_recused)!.recusals).toHaveLength(everyUnit.length);
    // Guilin's inspector is not in Nanning's tree: 404, and Nanning's list does not hold them.
    const guilinUser = (await ok<{ user: { id: string } }>(guilin, 'GET', '/api/v1/auth/me')).user.id;
    expect(ids).not.toContain(guilinUser);
    const r = await nanning.request('PUT', `/api/v1/enforcement/inspectors/${guilinUser}`, {
      recusals: [],
      active: true,
    });
    expect(r.statusCode).toBe(404);
  });

  let plan: InspectionPlan;

  it('draws at the rates from a recorded seed, never sending a recused or unavailable inspector', async () => {
    plan = await ok<InspectionPlan>(
      nanning,
      'POST',
      PLANS,
      // A fixed seed: the checks below on who is sent hold for it (a random one could leave nn_free idle).
      { regionCode: '450100', period: '2026-Q4', inspectionDate: '2026-11-16', seed: '2026Q4-南宁市局-001' },
      201,
    );
    expect(plan.seed).toBe('2026Q4-南宁市局-001');
    expect(plan.algorithm).toBe('sha256-counter-fisher-yates@1');
    const keyPool = objects.filter((o) => o.library === 'key').length;
    const key = plan.libraries.find((l) => l.library === 'key')!;
    expect(key).toMatchObject({ poolSize: keyPool, percent: '25', required: Math.ceil(keyPool / 4) });
    for (const l of plan.libraries)
      expect(plan.objects!.filter((o) => o.library === l.library)).toHaveLength(l.required);
    const sent = plan.objects!.flatMap((o) => o.inspectors.map((i) => i.userId));
    expect(sent).not.toContain(inspectorIds.nn_recused);
    expect(sent).not.toContain(inspectorIds.nn_away);
    expect(sent.length).toBeGreaterThan(0);
    // The positive-list unit, if drawn, is checked off site.
    for (const o of plan.objects!.filter((o) => o.library === 'special' && o.method === 'non_site'))
      expect(o.checks).toEqual(['online_data', 'video', 'power_use']);

    // Over many seeds (user ids are random, so one seed proves little): with the recusals the recused
    // inspector is never sent; without them (the negative control) some seed sends them.
    const stored = JSON.parse((await findPlan(t.deps.db, plan.id))!.result) as StoredDraw;
    const seeds = Array.from({ length: 40 }, (_, i) => `seed-${i}`);
    const sends = (exclusions: typeof stored.inputs.exclusions) =>
      seeds.some((seed) =>
        drawInspections({ ...stored.inputs, exclusions, seed, rates: plan.rates })
          .objects.flatMap((o) => o.inspectorIds)
          .includes(inspectorIds.nn_recused!),
      );
    expect(sends(stored.inputs.exclusions)).toBe(false);
    expect(sends([])).toBe(true);

    // No redraw of the same period.
    const again = await nanning.request('POST', PLANS, {
      regionCode: '450100',
      period: '2026-Q4',
      inspectionDate: '2026-11-16',
    });
    expect(again.statusCode).toBe(409);
  });

  it('gives the same list for the same seed, and re-runs the stored draw', async () => {
    const twin = await ok<InspectionPlan>(
      nanning,
      'POST',
      PLANS,
      { regionCode: '450100', period: '2027-Q1', inspectionDate: '2026-11-16', seed: plan.seed },
      201,
    );
    expect(twin.objects).toEqual(plan.objects);
    // Without a seed, a fresh random one is drawn and recorded with the plan.
    const fresh = await ok<InspectionPlan>(
      nanning,
      'POST',
      PLANS,
      { regionCode: '450100', period: '2027-Q2', inspectionDate: '2026-11-16' },
      201,
    );
    expect(fresh.seed).toMatch(/^[0-9a-f]{32}$/);

    expect(await ok(nanning, 'POST', `${PLANS}/${plan.id}/verify`)).toMatchObject({ matches: true, seed: plan.seed });
    const row = (await findPlan(t.deps.db, plan.id))!;
    const stored = JSON.parse(row.result) as StoredDraw;
    expect(drawReproduces(row.seed, plan.rates, stored)).toBe(true);
    // Negative controls: a tampered list does not reproduce, and the seed does choose (fixed seeds over
    // the same inputs give different lists; with a random seed two draws could coincide on small pools).
    const tampered = structuredClone(stored);
    tampered.draw.objects[0]!.unitId =
      stored.draw.objects.at(-1)!.unitId === stored.draw.objects[0]!.unitId ? 'x' : 'y';
    expect(drawReproduces(row.seed, plan.rates, tampered)).toBe(false);
    const lists = ['a', 'b', 'c', 'd', 'e'].map((seed) =>
      JSON.stringify(drawInspections({ ...stored.inputs, seed, rates: plan.rates }).objects),
    );
    expect(new Set(lists).size).toBeGreaterThan(1);
  });

  it('hides the list from a non-owner until the inspection date, then publishes it without inspectors', async () => {
    const hidden = await ok<InspectionPlan>(admin, 'GET', `${PLANS}/${plan.id}`);
    expect(hidden).toMatchObject({ hidden: true, objects: null, seed: null, objectCount: plan.objectCount });
    expect((await admin.request('POST', `${PLANS}/${plan.id}/verify`)).statusCode).toBe(404);
    const listed = await ok<{ items: InspectionPlan[] }>(admin, 'GET', PLANS);
    expect(listed.items.find((p) => p.id === plan.id)).toMatchObject({ hidden: true, seed: null });
    // Another city's officer cannot read it at all.
    expect((await guilin.request('GET', `${PLANS}/${plan.id}`)).statusCode).toBe(404);
    expect(notDemo((await ok<{ items: InspectionPlan[] }>(guilin, 'GET', PLANS)).items)).toEqual([]);

    const early = await nanning.request('POST', `${PLANS}/${plan.id}/publish`);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ error: { code: 'INSPECTION_PLAN_NOT_DUE' } });
    const before = (await t.app.inject({ method: 'GET', url: '/api/v1/public/enforcement/inspection-plans' })).json();
    expect(notDemo(before.items)).toEqual([]);

    // Monday 2026-11-16, the inspection date (Shanghai), 08:00.
    t.clock.set('2026-11-16T00:00:00Z');
    const adminLater = await t.login('admin');
    const nanningLater = await t.login('nanning_officer');
    const shown = await ok<InspectionPlan>(adminLater, 'GET', `${PLANS}/${plan.id}`);
    expect(shown).toMatchObject({ hidden: false, seed: plan.seed, objects: plan.objects });
    const published = await ok<InspectionPlan>(nanningLater, 'POST', `${PLANS}/${plan.id}/publish`);
    expect(published.publishedAt).toBe('2026-11-16T00:00:00.000Z');

    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/enforcement/inspection-plans' });
    expect(res.statusCode).toBe(200);
    const all = res.json() as { items: { id: string; seed: string; units: { name: string; uscc: string }[] }[] };
    const pub = { items: notDemo(all.items) };
    expect(pub.items.map((p) => p.id)).toEqual([plan.id]);
    expect(pub.items[0]).toMatchObject({ seed: plan.seed, regionCode: '450100', period: '2026-Q4' });
    expect(pub.items[0]!.units).toHaveLength(plan.objectCount);
    expect(pub.items[0]!.units[0]).toEqual({
      name: plan.objects![0]!.name,
      uscc: plan.objects![0]!.uscc,
      method: plan.objects![0]!.method,
      checks: plan.objects![0]!.checks,
    });
    // Never who went: no inspector's id or name anywhere in the public answer.
    for (const o of plan.objects!)
      for (const i of o.inspectors) {
        expect(res.body).not.toContain(i.userId);
        expect(res.body).not.toContain(i.displayName);
      }
  });

  it('refuses a plan for another city or a past inspection date', async () => {
    // The clock moved past the sessions' life in the test before: a fresh one.
    const nanning = await t.login('nanning_officer');
    const r1 = await nanning.request('POST', PLANS, {
      regionCode: '450300',
      period: '2027-Q3',
      inspectionDate: '2026-12-01',
    });
    expect(r1.statusCode).toBe(400);
    expect(r1.json()).toMatchObject({ error: { code: 'INSPECTION_PLAN_INVALID' } });
    const r2 = await nanning.request('POST', PLANS, {
      regionCode: '450100',
      period: '2027-Q3',
      inspectionDate: '2026-01-01',
    });
    expect(r2.statusCode).toBe(400);
  });
});
