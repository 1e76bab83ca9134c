import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../../modules';
import { firstRun } from '../../platform/bootstrap';
import { createTestApp, testDatabases, type Agent, type TestApp } from '../../test/harness';

// Sessions live in the database, so the login side runs on both; the limits themselves need none.
describe.each(testDatabases())('calc routes bound anonymous work on $name', (db) => {
  let t: TestApp;
  let user: Agent;
  beforeAll(async () => {
    t = await createTestApp(db, { demo: false });
    await firstRun(t.deps, MODULES); // the first admin only
    user = await t.login('admin');
  });
  afterAll(() => t?.close());

  const hourly = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      station: `S${i % 20}`,
      city: '南宁',
      time: new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 20) * 3600_000).toISOString().replace('Z', '+00:00'),
      so2: 8,
      no2: 20,
      co: 0.8,
      o3: 60,
      pm10: 60,
      pm2_5: 38,
    }));
  const anonymous = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as object, headers });

  it('refuses an anonymous body over 1 MiB with 413 PAYLOAD_TOO_LARGE, and computes it for a logged-in user', async () => {
    const body = { rows: hourly(18_000) };
    expect(Buffer.byteLength(JSON.stringify(body))).toBeGreaterThan(2 * 1024 * 1024);
    const res = await anonymous('/calc/air-evaluation', body);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const logged = await user.request('POST', '/api/v1/calc/air-evaluation', body);
    expect(logged.statusCode).toBe(200);
    expect(logged.json().dailyStation.length).toBeGreaterThan(0);
  });

  it('cuts off an anonymous chunked body (no Content-Length) once it passes 1 MiB', async () => {
    const csv = `site,pm2_5_24h\n${'A,35\n'.repeat(400_000)}`;
    const res = await anonymous('/calc/aqi', Readable.from([Buffer.from(csv)]), { 'content-type': 'text/csv' });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('limits anonymous air evaluations to 10,000 hourly rows with 400 on body.rows; logged-in users get 200,000', async () => {
    const rows = hourly(10_001).map(({ station, city, time }) => ({ station, city, time }));
    const body = { rows };
    expect(Buffer.byteLength(JSON.stringify(body))).toBeLessThan(1024 * 1024);
    const res = await anonymous('/calc/air-evaluation', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'body.rows' }] });
    expect((await anonymous('/calc/air-evaluation', { rows: rows.slice(0, 10_000) })).statusCode).toBe(200);
    expect((await user.request('POST', '/api/v1/calc/air-evaluation', body)).statusCode).toBe(200);
  });
});
