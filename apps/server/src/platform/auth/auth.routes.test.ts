import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, DEMO_PASSWORD, createTestApp, testDatabases, type TestApp } from '../../test/harness';

describe.each(testDatabases())('auth on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
  });
  afterAll(() => t?.close());

  const login = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

  it('rejects an invalid body with 400 naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin' } });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.map((d: { path: string }) => d.path)).toContain('body.password');
    expect(error.requestId).toBe(res.headers['x-request-id']);
  });

  it('answers an oversized body with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('logs in with an HTTP-only cookie and a CSRF token, then /me works until logout', async () => {
    const res = await login('admin', ADMIN_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'ecocloud_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(res.json().user).toMatchObject({ username: 'admin', roles: ['admin'], scope: 'all' });
    const session = await t.login('admin');
    expect((await session.request('GET', '/api/v1/auth/me')).statusCode).toBe(200);
    expect((await session.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await session.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('says only "wrong username or password" for unknown users and wrong passwords', async () => {
    const a = await login('nobody', 'whatever-123');
    const b = await login('leader', 'wrong-password-1');
    expect([a.statusCode, b.statusCode]).toEqual([401, 401]);
    expect(a.json().error.message).toBe(b.json().error.message);
  });

  it('locks an account after 5 failures, even against the right password, and an admin can unlock it', async () => {
    for (let i = 0; i < 5; i++) expect((await login('analyst', `wrong-${i}-password`)).statusCode).toBe(401);
    const locked = await login('analyst', DEMO_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    t.clock.advance(16 * 60_000);
    expect((await login('analyst', DEMO_PASSWORD)).statusCode).toBe(200);
    const actions = (
      await t.deps.db.selectFrom('audit_log').select('action').where('actor_name', '=', 'analyst').execute()
    ).map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining(['auth.login_failed', 'auth.locked', 'auth.login_locked', 'auth.login']),
    );
  });

  it('changes a password: the old one stops working, weak ones are refused', async () => {
    const s = await t.login('inspector');
    const weak = await s.request('POST', '/api/v1/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details[0].path).toBe('body.newPassword');
    const ok = await s.request('POST', '/api/v1/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'new-Passw0rd-99',
    });
    expect(ok.statusCode).toBe(204);
    expect((await login('inspector', DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await login('inspector', 'new-Passw0rd-99')).statusCode).toBe(200);
  });

  it('stores argon2id hashes, never the password', async () => {
    const row = await t.deps.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'leader')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(DEMO_PASSWORD);
  });
});

describe('login rate limit', () => {
  it('answers 429 RATE_LIMITED past the configured limit', async () => {
    const t = await createTestApp(testDatabases()[0]!, { env: { ECOCLOUD_LOGIN_RATE_LIMIT: '3' } });
    try {
      const codes = [];
      for (let i = 0; i < 4; i++)
        codes.push(
          (await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'x', password: 'y' } }))
            .statusCode,
        );
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await t.close();
    }
  });
});
