import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aqiStandardOn, computeAqi } from '@ecocloud/standards';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import type { Reading } from '../../monitoring';
import { HEALTH_ADVICE } from '../air/health-advice';
import { ingest, stationIdOf } from '../test/air-fixtures';

// The test clock stands at 2026-11-28T02:00Z; the latest complete hour starts at 01:00Z.
const HOUR = '2026-11-28T01:00:00.000Z';

function hour(stationId: string, periodStart: string, values: Record<string, number>): Reading[] {
  return Object.entries(values).map(([parameter, value]) => ({
    stationId,
    parameter,
    period: '1h',
    periodStart,
    value,
    valueText: String(value),
    flag: 'N',
  }));
}

describe.each(testDatabases())('public portal and open data on $name', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(db);
    const s1 = await stationIdOf(t.deps, 'GX-A-450100-1');
    const s2 = await stationIdOf(t.deps, 'GX-A-450100-2');
    const base = { so2: 10, no2: 20, co: 1.0, o3: 100, pm10: 80 };
    await ingest(t.deps, [
      ...hour(s1, '2026-11-28T00:00:00.000Z', { ...base, pm2_5: 40 }),
      ...hour(s1, HOUR, { ...base, pm2_5: 60 }),
      ...hour(s2, HOUR, { ...base, pm2_5: 70, so2: 11 }),
    ]);
  });
  afterAll(() => t?.close());

  it("shows each city's and station's latest hourly AQI with level, colour and health advice, without login", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/air/now' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.asOf).toBe(HOUR);
    const nanning = body.cities.find((c: { code: string }) => c.code === '450100');
    // City value = mean of the two stations: PM2.5 65, SO2 10.5 → 10 (half to even).
    expect(nanning.concentrations).toMatchObject({ pm2_5: 65, so2: 10, pm10: 80 });
    const expected = computeAqi(
      { so2_1h: 10, no2_1h: 20, co_1h: 1, o3_1h: 100, pm10_1h: 80, pm2_5_1h: 65 },
      { standard: aqiStandardOn('2026-11-28'), mode: 'published' },
    );
    expect(nanning.aqi).toBe(expected.aqi);
    expect(nanning.level).toBe(expected.level!.level);
    expect(nanning.colour).toBe(expected.level!.hex);
    expect(nanning.advice).toEqual(HEALTH_ADVICE[expected.level!.level]);
    expect(nanning.hourEnd).toBe('2026-11-28T02:00:00.000Z');
    expect(nanning.standard).toBe('HJ633-2026');
    expect(body.stations.map((s: { code: string }) => s.code).sort()).toEqual(['GX-A-450100-1', 'GX-A-450100-2']);
    // Stations point to the advice through their level (one copy per level keeps the payload small).
    const station = body.stations[0];
    expect(body.advice[String(station.level)]).toEqual(HEALTH_ADVICE[station.level as 1]);
    const citiesOnly = (await t.app.inject({ method: 'GET', url: '/api/v1/public/air/now?stations=false' })).json();
    expect(citiesOnly.stations).toEqual([]);
    expect(citiesOnly.cities).toEqual(body.cities);
  });

  it("gives a station's last 24 hours, a city's 30 days and calendar, the ranking and the water sections", async () => {
    const h24 = (
      await t.app.inject({ method: 'GET', url: '/api/v1/public/air/stations/GX-A-450100-1/last-24h' })
    ).json();
    expect(h24.items.map((h: { hourStart: string }) => h.hourStart)).toEqual(['2026-11-28T00:00:00.000Z', HOUR]);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/public/air/stations/NOPE/last-24h' })).statusCode).toBe(
      404,
    );
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/public/air/cities/450100/last-30-days' })).json().items,
    ).toEqual([]);
    const cal = (
      await t.app.inject({ method: 'GET', url: '/api/v1/public/air/cities/450100/calendar?year=2026' })
    ).json();
    expect(cal).toEqual({ regionCode: '450100', year: 2026, days: [] });
    const ranking = (await t.app.inject({ method: 'GET', url: '/api/v1/public/air/ranking/latest-month' })).json();
    expect(ranking.period.label).toBe('2026-10');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/public/water/sections' })).json().total).toBe(0);
  });

  it('serves open data to anonymous callers at the public limit, with rate-limit headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/open/air/city-daily?from=2026-11-01&to=2026-11-28' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-ratelimit-limit']).toBe('10000');
    expect(Number(res.headers['x-ratelimit-remaining'])).toBeLessThan(10000);
    expect(Number(res.headers['x-ratelimit-reset'])).toBeGreaterThan(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/open/air/city-daily?from=2026-11-01' })).statusCode).toBe(
      400,
    );
    const csv = await t.app.inject({
      method: 'GET',
      url: '/api/v1/open/air/city-daily.csv?from=2026-11-28&to=2026-11-28',
    });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.replace(/^\uFEFF/, '').split('\n')[0]).toBe(
      'region_code,city,date,so2,no2,co,pm10,pm2_5,o3_1h,o3_8h,aqi,level,category,primary_pollutants,standard',
    );
  });

  it('publishes the last complete hour only: at 02:06 UTC (10:06 in Beijing) the hour 01:00–02:00, labelled by its end', async () => {
    const started = t.clock.now().toISOString();
    try {
      // A partial hour already has values (the current hour is still being measured).
      const s1 = await stationIdOf(t.deps, 'GX-A-450100-1');
      await ingest(
        t.deps,
        hour(s1, '2026-11-28T02:00:00.000Z', { so2: 10, no2: 20, co: 1.0, o3: 100, pm10: 80, pm2_5: 200 }),
      );
      t.clock.set('2026-11-28T02:06:00Z');
      const body = (await t.app.inject({ method: 'GET', url: '/api/v1/public/air/now' })).json();
      expect(body.asOf).toBe(HOUR);
      expect(body.cities.find((c: { code: string }) => c.code === '450100').hourEnd).toBe('2026-11-28T02:00:00.000Z');
      const h24 = (
        await t.app.inject({ method: 'GET', url: '/api/v1/public/air/stations/GX-A-450100-1/last-24h' })
      ).json();
      expect(h24.items.at(-1).hourStart).toBe(HOUR);
      t.clock.set('2026-11-28T03:00:00Z'); // the 02:00 hour has ended
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/public/air/now' })).json().asOf).toBe(
        '2026-11-28T02:00:00.000Z',
      );
    } finally {
      t.clock.set(started);
    }
  });

  it('lets an admin issue API keys with their own limit; 429 past it, 401 for a wrong key', async () => {
    const admin = await t.login('admin');
    expect((await (await t.login('analyst')).request('GET', '/api/v1/assessment/api-keys')).statusCode).toBe(403);
    const created = await admin.request('POST', '/api/v1/assessment/api-keys', { name: 'university', rateLimit: 2 });
    expect(created.statusCode).toBe(201);
    const key = created.json().key as string;
    expect(key).toMatch(/^eco_/);
    const stored = await t.deps.db.selectFrom('api_keys').select('key_hash').executeTakeFirstOrThrow();
    expect(stored.key_hash).not.toContain(key);
    const call = () =>
      t.app.inject({
        method: 'GET',
        url: '/api/v1/open/air/ranking?period=month&date=2026-10-01',
        headers: { 'x-api-key': key },
      });
    const first = await call();
    expect(first.statusCode).toBe(200);
    expect(first.headers).toMatchObject({ 'x-ratelimit-limit': '2', 'x-ratelimit-remaining': '1' });
    expect((await call()).headers['x-ratelimit-remaining']).toBe('0');
    const third = await call();
    expect(third.statusCode).toBe(429);
    expect(third.json().error.code).toBe('RATE_LIMITED');
    expect(third.headers['retry-after']).toBeDefined();
    const wrong = await t.app.inject({
      method: 'GET',
      url: '/api/v1/open/air/ranking',
      headers: { 'x-api-key': 'eco_wrong' },
    });
    expect(wrong.statusCode).toBe(401);
    const list = (await admin.request('GET', '/api/v1/assessment/api-keys')).json();
    expect(list.items[0]).toMatchObject({ name: 'university', rateLimit: 2, isActive: true });
    expect(list.items[0].lastUsedAt).not.toBeNull();
    const disabled = await admin.request('PATCH', `/api/v1/assessment/api-keys/${created.json().id}`, {
      isActive: false,
    });
    expect(disabled.json().isActive).toBe(false);
    expect((await admin.request('DELETE', `/api/v1/assessment/api-keys/${created.json().id}`)).statusCode).toBe(204);
  });
});
