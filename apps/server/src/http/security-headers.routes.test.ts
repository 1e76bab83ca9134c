import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../test/harness';

const hsts = (t: TestApp, headers: Record<string, string> = {}, remoteAddress = '203.0.113.9') =>
  t.app
    .inject({ method: 'GET', url: '/api/v1/public/overview', remoteAddress, headers })
    .then((res) => res.headers['strict-transport-security']);

/** HSTS only where the site is served over HTTPS: configured secure cookies, or a request that came in over TLS. */
describe('Strict-Transport-Security', () => {
  const db = testDatabases()[0]!;

  describe('plain HTTP (the default)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(db, { demo: false, env: { ECOCLOUD_TRUST_PROXY: '10.0.0.5' } });
    });
    afterAll(() => t?.close());

    it('is not sent over plain HTTP, nor when an untrusted client claims https', async () => {
      expect(await hsts(t)).toBeUndefined();
      expect(await hsts(t, { 'x-forwarded-proto': 'https' })).toBeUndefined();
    });

    it('is sent when the trusted proxy says the request came over https', async () => {
      expect(await hsts(t, { 'x-forwarded-proto': 'https' }, '10.0.0.5')).toMatch(/^max-age=\d+/);
    });
  });

  describe('ECOCLOUD_SECURE_COOKIES=1', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(db, { demo: false, env: { ECOCLOUD_SECURE_COOKIES: '1' } });
    });
    afterAll(() => t?.close());

    it('is sent on every response', async () => {
      expect(await hsts(t)).toBe('max-age=31536000; includeSubDomains');
    });
  });
});
