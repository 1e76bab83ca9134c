import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, createTestApp, DEMO_PASSWORD, orgIdOf, testDatabases, type TestApp } from '../../test/harness';
import { MODULES } from '../../modules';
import { firstRun } from '../bootstrap';

describe.each(testDatabases())('first-login password change on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
  });
  afterAll(() => t?.close());

  it('an account an admin creates must change its password before anything else', async () => {
    const admin = await t.login('admin');
    const created = await admin.request('POST', '/api/v1/users', {
      username: 'liuzhou_new',
      displayName: '柳州新用户',
      orgId: await orgIdOf(t.deps, '450200'),
      roles: ['city_officer'],
      password: 'given-Passw0rd-1',
    });
    expect(created.statusCode, created.body).toBe(201);

    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'liuzhou_new', password: 'given-Passw0rd-1' },
    });
    expect(res.json().user.mustChangePassword).toBe(true);
    const user = await t.login('liuzhou_new', 'given-Passw0rd-1');
    const refused = await user.request('GET', '/api/v1/workplan/plans');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await user.request('GET', '/api/v1/assessment/air/now')).json().error.code).toBe(
      'PASSWORD_CHANGE_REQUIRED',
    );
    expect((await user.request('GET', '/api/v1/auth/me')).json().user.mustChangePassword).toBe(true);

    const same = await user.request('POST', '/api/v1/auth/password', {
      currentPassword: 'given-Passw0rd-1',
      newPassword: 'given-Passw0rd-1',
    });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.details).toEqual([expect.objectContaining({ path: 'body.newPassword' })]);
    expect(
      (
        await user.request('POST', '/api/v1/auth/password', {
          currentPassword: 'given-Passw0rd-1',
          newPassword: 'own-Passw0rd-22',
        })
      ).statusCode,
    ).toBe(204);

    expect((await user.request('GET', '/api/v1/auth/me')).json().user.mustChangePassword).toBe(false);
    expect((await user.request('GET', '/api/v1/workplan/plans')).statusCode).toBe(200);
    const again = await t.login('liuzhou_new', 'own-Passw0rd-22');
    expect((await again.request('GET', '/api/v1/auth/me')).json().user.mustChangePassword).toBe(false);
  });

  it('an account that must change its password may still log out', async () => {
    await t.deps.db.updateTable('users').set({ must_change_password: 1 }).where('username', '=', 'analyst').execute();
    const analyst = await t.login('analyst');
    expect((await analyst.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await analyst.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('demo users (and an admin whose password the operator set) are not asked to change it', async () => {
    for (const name of ['admin', 'leader', 'air_officer', 'nanning_officer']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: name, password: name === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD },
      });
      expect(res.statusCode, name).toBe(200);
      expect(res.json().user.mustChangePassword, name).toBe(false);
    }
  });
});

describe.each(testDatabases())('the first admin of an empty database on $name', (db) => {
  it('must change a generated password, not one the operator set', async () => {
    const t = await createTestApp(db, { demo: false });
    try {
      const creds = await firstRun(
        { ...t.deps, config: { ...t.deps.config, adminPassword: undefined, loadDemo: false } },
        MODULES,
      );
      expect(creds).toHaveLength(1);
      const row = await t.deps.db
        .selectFrom('users')
        .select('must_change_password')
        .where('username', '=', 'admin')
        .executeTakeFirstOrThrow();
      expect(row.must_change_password).toBe(1);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'admin', password: creds[0]!.password },
      });
      expect(res.json().user.mustChangePassword).toBe(true);
    } finally {
      await t.close();
    }
  });
});
