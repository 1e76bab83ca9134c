import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { createTestApp, testDatabases, type TestApp } from '../test/harness';

const CLIENT = '203.0.113.9';
const PROXY = '10.0.0.5';
const forged = (i: number) => `198.51.100.${i + 1}`;

/** The client address decides rate limits and is audited: only a configured proxy may set it. */
describe.each(testDatabases())('client address on $name', (db) => {
  describe('with no trusted proxy (the default)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(db, {
        demo: false,
        env: { ECOCLOUD_LOGIN_RATE_LIMIT: '20', ECOCLOUD_PUBLIC_RATE_LIMIT: '5' },
      });
    });
    afterAll(() => t?.close());

    it('limits 21 logins from one client even when each forges another X-Forwarded-For, and audits the real address', async () => {
      const codes: number[] = [];
      for (let i = 0; i < 21; i++) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          remoteAddress: CLIENT,
          headers: { 'x-forwarded-for': forged(i) },
          payload: { username: 'nobody', password: 'wrong-password-1' },
        });
        codes.push(res.statusCode);
      }
      expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
      expect(codes[20]).toBe(429);
      const ips = await t.deps.db
        .selectFrom('audit_log')
        .select('ip')
        .where('action', '=', 'auth.login_failed')
        .execute();
      expect(ips).toHaveLength(20);
      expect(new Set(ips.map((r) => r.ip))).toEqual(new Set([CLIENT]));
    });

    it('limits public routes per real address whatever X-Forwarded-For says', async () => {
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await t.app.inject({
          method: 'GET',
          url: '/api/v1/public/overview',
          remoteAddress: CLIENT,
          headers: { 'x-forwarded-for': forged(i) },
        });
        codes.push(res.statusCode);
      }
      expect(codes).toEqual([200, 200, 200, 200, 200, 429]);
    });
  });

  describe('with ECOCLOUD_TRUST_PROXY naming the proxy', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(db, {
        demo: false,
        env: { ECOCLOUD_LOGIN_RATE_LIMIT: '20', ECOCLOUD_TRUST_PROXY: `${PROXY}, 192.168.0.0/16` },
      });
    });
    afterAll(() => t?.close());

    it('takes the client address from the proxy: distinct clients behind it have their own limits, and the audit names them', async () => {
      for (let i = 0; i < 21; i++) {
        const res = await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          remoteAddress: PROXY,
          headers: { 'x-forwarded-for': forged(i) },
          payload: { username: 'nobody', password: 'wrong-password-1' },
        });
        expect(res.statusCode).toBe(401);
      }
      const ips = await t.deps.db
        .selectFrom('audit_log')
        .select('ip')
        .where('action', '=', 'auth.login_failed')
        .orderBy('seq')
        .execute();
      expect(ips.map((r) => r.ip)).toEqual(Array.from({ length: 21 }, (_, i) => forged(i)));
    });

    it('takes the address the proxy appended, not one the client wrote in front of it', async () => {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: PROXY,
        headers: { 'x-forwarded-for': '192.0.2.1, 192.0.2.99' },
        payload: { username: 'appended', password: 'wrong-password-1' },
      });
      const row = await t.deps.db
        .selectFrom('audit_log')
        .select('ip')
        .where('actor_name', '=', 'appended')
        .executeTakeFirstOrThrow();
      expect(row.ip).toBe('192.0.2.99');
    });

    it('ignores X-Forwarded-For from an address that is not a configured proxy', async () => {
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: CLIENT,
        headers: { 'x-forwarded-for': '192.0.2.77' },
        payload: { username: 'someone', password: 'wrong-password-1' },
      });
      const row = await t.deps.db
        .selectFrom('audit_log')
        .select('ip')
        .where('actor_name', '=', 'someone')
        .executeTakeFirstOrThrow();
      expect(row.ip).toBe(CLIENT);
    });
  });
});

describe('ECOCLOUD_TRUST_PROXY parsing', () => {
  it('is empty when unset or blank, a trimmed list otherwise, and refuses what is not an address', () => {
    expect(loadConfig({}).trustProxy).toEqual([]);
    expect(loadConfig({ ECOCLOUD_TRUST_PROXY: ' ' }).trustProxy).toEqual([]);
    expect(loadConfig({ ECOCLOUD_TRUST_PROXY: '10.0.0.5, fd00::/8,loopback' }).trustProxy).toEqual([
      '10.0.0.5',
      'fd00::/8',
      'loopback',
    ]);
    expect(() => loadConfig({ ECOCLOUD_TRUST_PROXY: 'true' })).toThrow(/ECOCLOUD_TRUST_PROXY/);
  });
});
