import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, orgIdOf, testDatabases, type TestApp } from '../../test/harness';

describe.each(testDatabases())('data scope on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
  });
  afterAll(() => t?.close());

  it('a city officer reads only its own city and below', async () => {
    const officer = await t.login('nanning_officer');
    const orgs = (await officer.request('GET', '/api/v1/orgs')).json().items as { regionCode: string }[];
    expect(orgs.length).toBeGreaterThanOrEqual(3); // the bureau, its counties and the demo enterprise
    expect(orgs.every((o) => o.regionCode.startsWith('4501'))).toBe(true);
    const users = (await officer.request('GET', '/api/v1/users?pageSize=200')).json();
    expect(users.items.map((u: { username: string }) => u.username).sort()).toEqual([
      'enterprise_demo',
      'nanning_officer',
    ]);
    expect(users.total).toBe(2);
  });

  it('an admin with scope "all" sees every user', async () => {
    const admin = await t.login('admin');
    expect((await admin.request('GET', '/api/v1/users?pageSize=200')).json().total).toBe(7);
  });

  it('writes are scoped too: a Nanning user manager cannot change or create Guilin users, nor widen roles', async () => {
    const admin = await t.login('admin');
    const created = await admin.request('POST', '/api/v1/users', {
      username: 'nanning_admin',
      displayName: '南宁管理员',
      orgId: await orgIdOf(t.deps, '450100'),
      roles: ['city_officer'],
      password: 'city-Passw0rd-1',
    });
    expect(created.statusCode).toBe(201);
    const guilinUser = await t.deps.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'inspector')
      .executeTakeFirstOrThrow();
    // For this test the city role may manage users, so that only the data scope stands in the way.
    await t.deps.db
      .updateTable('roles')
      .set({
        permissions: JSON.stringify(['orgs:read', 'users:read', 'users:write', 'dictionaries:read', 'stats:read']),
      })
      .where('code', '=', 'city_officer')
      .execute();
    try {
      const cityAdmin = await t.login('nanning_admin', 'city-Passw0rd-1');
      // An account an admin created first replaces its given password.
      expect(
        (
          await cityAdmin.request('POST', '/api/v1/auth/password', {
            currentPassword: 'city-Passw0rd-1',
            newPassword: 'city-Passw0rd-2',
          })
        ).statusCode,
      ).toBe(204);
      const res = await cityAdmin.request('PATCH', `/api/v1/users/${guilinUser.id}`, { displayName: 'hijacked' });
      expect(res.statusCode).toBe(404);
      const still = await t.deps.db
        .selectFrom('users')
        .select('display_name')
        .where('id', '=', guilinUser.id)
        .executeTakeFirstOrThrow();
      expect(still.display_name).not.toBe('hijacked');
      // Creating a user in another city is refused the same way.
      const elsewhere = await cityAdmin.request('POST', '/api/v1/users', {
        username: 'planted',
        displayName: 'x',
        orgId: await orgIdOf(t.deps, '450300'),
        roles: ['city_officer'],
        password: 'city-Passw0rd-1',
      });
      expect(elsewhere.statusCode).toBe(404);
      // Widening: a subtree-scoped user cannot grant a role with scope "all" (leader) or admin.
      const widen = await cityAdmin.request('PATCH', `/api/v1/users/${created.json().id}`, { roles: ['admin'] });
      expect(widen.statusCode).toBe(403);
      expect(widen.json().error.code).toBe('ROLE_BEYOND_GRANTER');
      const own = await cityAdmin.request('PATCH', `/api/v1/users/${created.json().id}`, { roles: ['leader'] });
      expect(own.statusCode).toBe(403);
    } finally {
      await t.deps.db
        .updateTable('roles')
        .set({ permissions: JSON.stringify(['orgs:read', 'users:read', 'dictionaries:read', 'stats:read']) })
        .where('code', '=', 'city_officer')
        .execute();
    }
  });

  it('refuses sort keys outside the whitelist and treats search text as data', async () => {
    const admin = await t.login('admin');
    const bad = await admin.request('GET', `/api/v1/users?sort=${encodeURIComponent('username; drop table users --')}`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('querystring.sort');
    const order = await admin.request('GET', `/api/v1/users?order=${encodeURIComponent('asc, (select 1)')}`);
    expect(order.statusCode).toBe(400);
    const injected = await admin.request('GET', `/api/v1/users?q=${encodeURIComponent("' OR '1'='1")}`);
    expect(injected.statusCode).toBe(200);
    expect(injected.json().total).toBe(0);
    const wildcard = await admin.request('GET', `/api/v1/users?q=${encodeURIComponent('%')}`);
    expect(wildcard.json().total).toBe(0);
    expect((await admin.request('GET', '/api/v1/users?q=officer')).json().total).toBe(2);
    expect(await t.deps.db.selectFrom('users').select('id').execute()).not.toHaveLength(0);
  });
});
