import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { ROLE_CODES } from '@ecocloud/contracts';
import { MODULES } from '../modules';
import { drainJobs } from '../modules/assessment/bulletin/jobs.service';
import { seedKnownJune } from '../modules/assessment/test/air-fixtures';
import { listRoles } from '../platform/users/roles';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../test/harness';
import { registerAuth } from './auth.plugin';

const USER_OF_ROLE: Record<(typeof ROLE_CODES)[number], string> = {
  admin: 'admin',
  leader: 'leader',
  division_officer: 'air_officer',
  city_officer: 'nanning_officer',
  analyst: 'analyst',
  inspector: 'inspector',
  enterprise_user: 'enterprise_demo',
};

// Parameters get placeholder values: an allowed caller then sees 2xx/400/404, never 401/403.
const concrete = (url: string) =>
  url.replace(':code', 'pollutant').replace(/:[a-zA-Z]+/g, '00000000-0000-0000-0000-000000000000');

describe.each(testDatabases())('authorisation matrix on $name', (db) => {
  let t: TestApp;
  const agents = new Map<string, Agent>();
  let permissionsOf: Map<string, Set<string>>;

  beforeAll(async () => {
    t = await createTestApp(db);
    for (const [role, user] of Object.entries(USER_OF_ROLE)) agents.set(role, await t.login(user));
    permissionsOf = new Map((await listRoles(t.deps.db)).map((r) => [r.code, new Set(r.permissions)]));
  });
  afterAll(() => t?.close());

  it('covers every route of the route table, which is not empty', () => {
    expect(t.app.routeTable.length).toBeGreaterThan(10);
  });

  it('requires on each route only a permission that a module of MODULES declares', () => {
    const declared = new Set<string>(['public', 'authenticated', ...MODULES.flatMap((m) => m.permissions)]);
    expect(t.app.routeTable.filter((r) => !declared.has(r.access)).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  // Before the route sweep below, whose placeholder writes leave data the renderer cannot use.
  it("keeps report jobs and their files in the data scope of the bulletin they hold (a second city's data)", async () => {
    await seedKnownJune(t.deps);
    const admin = agents.get('admin')!;
    const queue = async (regionCode?: string) =>
      (
        await admin.request('POST', '/api/v1/assessment/jobs', {
          kind: 'air-bulletin',
          month: '2025-06',
          ...(regionCode ? { regionCode } : {}),
        })
      ).json().id as string;
    const nanning = await queue('450100');
    const guilin = await queue('450300');
    const province = await queue();
    // The POST also kicks a background run: drain, then wait for any job that run had claimed.
    await drainJobs(t.deps);
    await expect
      .poll(
        async () =>
          (
            await t.deps.db
              .selectFrom('assessment_jobs')
              .select(['status', 'message'])
              .where('id', 'in', [nanning, guilin, province])
              .execute()
          ).map((j) => j.message ?? j.status),
        { timeout: 20_000 },
      )
      .toEqual(['done', 'done', 'done']);
    const officer = agents.get('city_officer')!;
    const listed = (await officer.request('GET', '/api/v1/assessment/jobs'))
      .json()
      .items.map((j: { id: string }) => j.id);
    expect(listed).toEqual(expect.arrayContaining([nanning, province]));
    expect(listed).not.toContain(guilin);
    // The direct bulletin route and the job routes agree: Guilin is not in a Nanning officer's scope.
    expect(
      (await officer.request('GET', '/api/v1/assessment/bulletins/air-monthly?month=2025-06&regionCode=450300'))
        .statusCode,
    ).toBe(404);
    expect((await officer.request('GET', `/api/v1/assessment/jobs/${guilin}`)).statusCode).toBe(404);
    expect((await officer.request('GET', `/api/v1/assessment/jobs/${guilin}/file`)).statusCode).toBe(404);
    for (const id of [nanning, province]) {
      const file = await officer.request('GET', `/api/v1/assessment/jobs/${id}/file`);
      expect([file.statusCode, file.headers['content-type']]).toEqual([200, 'application/pdf']);
    }
    const all = (await admin.request('GET', '/api/v1/assessment/jobs')).json().items.map((j: { id: string }) => j.id);
    expect(all).toEqual(expect.arrayContaining([nanning, guilin, province]));
    expect((await admin.request('GET', `/api/v1/assessment/jobs/${guilin}/file`)).statusCode).toBe(200);
  });

  it('answers every route × every role (and anonymous) as the route rule says', async () => {
    const failures: string[] = [];
    for (const route of t.app.routeTable) {
      const url = concrete(route.url);
      const anon = await t.app.inject({
        method: route.method as 'GET',
        url,
        payload: route.method === 'GET' ? undefined : {},
      });
      const anonExpected = route.access === 'public' ? 'allowed' : 401;
      if (verdict(anon.statusCode) !== anonExpected)
        failures.push(`anonymous ${route.method} ${route.url}: ${anon.statusCode}`);
      for (const role of ROLE_CODES) {
        // Logging out would end the shared session: use a fresh one for that route.
        const agent = route.url.endsWith('/auth/logout') ? await t.login(USER_OF_ROLE[role]) : agents.get(role)!;
        const res = await agent.request(route.method, url, route.method === 'GET' ? undefined : {});
        const allowed =
          route.access === 'public' || route.access === 'authenticated' || permissionsOf.get(role)!.has(route.access);
        if (verdict(res.statusCode) !== (allowed ? 'allowed' : 403))
          failures.push(`${role} ${route.method} ${route.url}: ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses a state-changing request without the CSRF header even with a valid session', async () => {
    const admin = agents.get('admin')!;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/orgs',
      headers: { cookie: admin.cookie },
      payload: {},
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
  });
});

function verdict(status: number): 'allowed' | 401 | 403 {
  return status === 401 ? 401 : status === 403 ? 403 : 'allowed';
}

describe('route registration', () => {
  it('fails at start-up for an /api/v1 route without an access rule', () => {
    const app = Fastify();
    registerAuth(app, {} as never);
    expect(() => app.get('/api/v1/forgotten', async () => 'x')).toThrow(/declares no access rule/);
    expect(() => app.get('/api/v1/declared', { config: { access: 'public' } }, async () => 'x')).not.toThrow();
  });
});
