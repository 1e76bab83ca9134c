import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app';
import type { AppDeps } from '../../../app-deps';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { QueryLog, WRITE_KINDS } from '../../../test/query-log';
import { processDirtyRollups, storeReadings } from '../../monitoring';
import { dailyReadings, seedKnownJune, stationIdOf } from '../test/air-fixtures';
import { refreshCityDays } from './city-days.worker';

const WRITES = WRITE_KINDS;
const RANKING = '/api/v1/assessment/air/ranking?period=month&date=2025-06-01';

describe.each(testDatabases())('GET /assessment/air/ranking reads only, on $name', (db) => {
  let t: TestApp;
  let logged: TestApp['app'];
  const log = new QueryLog();
  let cookie: string;
  const get = async (url = RANKING) => {
    log.take();
    const res = await logged.inject({ method: 'GET', url, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    return { body: res.json() as { cities: { regionCode: string; stats: { pm2_5: number } }[] }, queries: log.take() };
  };

  beforeAll(async () => {
    t = await createTestApp(db);
    await seedKnownJune(t.deps);
    // A second app over the same database whose handle logs every query (its own ranking cache, cold).
    const deps: AppDeps = { ...t.deps, db: Object.assign(t.deps.db.withPlugin(log), { dialect: t.deps.db.dialect }) };
    logged = await buildApp(deps, { logger: false, serveWeb: false });
    await logged.ready();
    const agent = await t.login('analyst');
    cookie = agent.cookie;
  });
  afterAll(async () => {
    await logged?.close();
    await t?.close();
  });

  /** New readings through monitoring's ingestion and rollups, without the city-days worker. */
  const ingestWithoutWorker = async (readings: Parameters<typeof storeReadings>[2]) => {
    await storeReadings(t.deps.db, t.deps.clock, readings, 'import');
    t.clock.advance(60_000);
    while ((await processDirtyRollups(t.deps.db, t.deps.clock, 500)) > 0);
  };

  it('issues no insert, update or delete and loads the air network once', async () => {
    // Rollups changed since the worker last ran (a July day): a GET that refreshed would write now.
    await ingestWithoutWorker(dailyReadings(await stationIdOf(t.deps, 'GX-A-450100-1'), '2025-07-01', 1, () => ({})));
    const { body, queries } = await get();
    expect(body.cities.length).toBeGreaterThan(0);
    expect(queries.filter((q) => WRITES.has(q.kind))).toEqual([]);
    // The network load is the one query of the stations (its region names come with it).
    expect(queries.filter((q) => q.tables.includes('stations'))).toHaveLength(1);
    expect(queries.some((q) => q.tables.includes('observation_rollups'))).toBe(false);
    // A repeated request is answered from the cache: no network load at all.
    expect((await get()).queries.filter((q) => q.tables.includes('stations'))).toHaveLength(0);
  });

  it('shows new rollups only after the city-days worker ran, with the new figures', async () => {
    const before = (await get()).body;
    const nanning1 = await stationIdOf(t.deps, 'GX-A-450100-1');
    // Nanning station 1's June 2025 PM2.5 moves from 30 to 50 (station 2 stays at 40 but on the 15th).
    await ingestWithoutWorker(dailyReadings(nanning1, '2025-06-01', 30, () => ({ pm2_5: 50 })));
    const stale = await get();
    expect(stale.queries.filter((q) => WRITES.has(q.kind))).toEqual([]);
    expect(stale.body).toEqual(before);

    expect(await refreshCityDays(t.deps.db)).toBe(true);
    const after = (await get()).body;
    const pm = (b: typeof before) => b.cities.find((c) => c.regionCode === '450100')!.stats.pm2_5;
    // 29 days of (50 + 40) / 2 and one of 50 alone → 45.17 → 45.
    expect(pm(before)).toBe(35);
    expect(pm(after)).toBe(45);
    // A second worker run with nothing new writes nothing and changes nothing.
    expect(await refreshCityDays(t.deps.db)).toBe(false);
    expect((await get()).body).toEqual(after);
  });
});
