import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { eventually } from '../gateway/gateway-test-client';
import { startGateway, type Gateway } from '../gateway/gateway.server';
import { startDemoSimulator } from './demo-simulator';

const silent = { info: () => {}, warn: () => {}, error: () => {} };

describe('demo simulator (ECOCLOUD_SIMULATOR=1)', () => {
  let t: TestApp;
  let gw: Gateway;
  let stop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    t = await createTestApp(testDatabases()[0]!);
    gw = await startGateway(t.deps, silent, { port: 0, host: '127.0.0.1' });
    stop = await startDemoSimulator(
      { ...t.deps, config: { ...t.deps.config, simulator: true, hj212Port: gw.port } },
      silent as never,
    );
  });
  afterAll(async () => {
    await stop();
    await gw?.close();
    await t?.close();
  });

  it('feeds the current hour of every enabled air-quality device through the gateway, and nothing else', async () => {
    const air = await t.deps.db
      .selectFrom('devices')
      .select(['station_id'])
      .where('st', '=', '22')
      .where('is_enabled', '=', 1)
      .execute();
    expect(air.length).toBeGreaterThan(0);
    const hour = '2026-11-28T02:00:00.000Z'; // the test clock's current hour
    const rows = await eventually(async () => {
      const r = await t.deps.db
        .selectFrom('observations')
        .select(['station_id', 'parameter'])
        .where('source', '=', 'hj212')
        .where('period', '=', '1h')
        .where('period_start', '=', hour)
        .execute();
      return r.length >= air.length * 6 ? r : null;
    }, 15_000);
    expect(new Set(rows?.map((r) => r.station_id))).toEqual(new Set(air.map((d) => d.station_id)));
    expect(new Set(rows?.map((r) => r.parameter))).toEqual(new Set(['so2', 'no2', 'co', 'o3', 'pm10', 'pm2_5']));
    expect(await t.deps.db.selectFrom('quarantine').selectAll().execute()).toEqual([]);
  });
});
