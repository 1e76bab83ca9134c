import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../../test/harness';

const URL = '/api/v1/open/air/ranking?period=month&date=2026-10-01';

describe.each(testDatabases())('open-data API key revocation and guessing on $name', (db) => {
  let t: TestApp;
  let admin: Agent;
  beforeAll(async () => {
    t = await createTestApp(db, { env: { ECOCLOUD_PUBLIC_RATE_LIMIT: '5' } });
    admin = await t.login('admin');
  });
  afterAll(() => t?.close());

  const call = (key: string, remoteAddress = '203.0.113.9') =>
    t.app.inject({ method: 'GET', url: URL, remoteAddress, headers: { 'x-api-key': key } });
  const issue = async (name: string) => {
    const res = await admin.request('POST', '/api/v1/assessment/api-keys', { name, rateLimit: 100 });
    return { id: res.json().id as string, key: res.json().key as string };
  };

  it('stops a disabled key at once (no 30 s grace), with the clock standing still', async () => {
    const { id, key } = await issue('disabled-at-once');
    expect((await call(key)).statusCode).toBe(200);
    expect((await admin.request('PATCH', `/api/v1/assessment/api-keys/${id}`, { isActive: false })).statusCode).toBe(
      200,
    );
    const after = await call(key, '198.51.100.1');
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('stops a deleted key at once', async () => {
    const { id, key } = await issue('deleted-at-once');
    expect((await call(key)).statusCode).toBe(200);
    expect((await admin.request('DELETE', `/api/v1/assessment/api-keys/${id}`)).statusCode).toBe(204);
    expect((await call(key, '198.51.100.2')).statusCode).toBe(401);
  });

  it('rate-limits invalid keys per address at the public limit, and only that address', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await call(`eco_guess_${i}`, '192.0.2.50')).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
    const limited = await call('eco_guess_x', '192.0.2.50');
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await call('eco_guess_y', '192.0.2.51')).statusCode).toBe(401);
    t.clock.advance(60_000);
    expect((await call('eco_guess_z', '192.0.2.50')).statusCode).toBe(401);
  });
});
