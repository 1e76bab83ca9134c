import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testDatabases, type TestApp } from '../../../test/harness';
import { eventually } from '../../monitoring/gateway/gateway-test-client';
import { startGateway, type Gateway } from '../../monitoring/gateway/gateway.server';
import { DEMO_LOGGERS } from './demo-loggers';
import { startComplianceDemoFeed } from './demo-feed';
import { demoMinute } from './demo-profiles';
import { fedLoggers } from './demo-targets';

const silent = { info: () => {}, warn: () => {}, error: () => {} };
/** Ten minutes into the test clock's hour: the feed sends 02:00–02:09 at start. */
const NOW = '2026-11-28T02:10:30Z';
const HOUR_START = Date.parse('2026-11-28T02:00:00Z');

describe('the compliance demo feed (ECOCLOUD_SIMULATOR=1)', () => {
  let t: TestApp;
  let gw: Gateway;
  let stop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    t = await createTestApp(testDatabases()[0]!);
    t.clock.set(NOW);
    gw = await startGateway(t.deps, silent, { port: 0, host: '127.0.0.1' });
    stop = await startComplianceDemoFeed(
      { ...t.deps, config: { ...t.deps.config, simulator: true, hj212Port: gw.port } },
      silent as never,
    );
  });
  afterAll(async () => {
    await stop();
    await gw?.close();
    await t?.close();
  });

  it('sends the current hour’s ended minutes of every demo logger through the gateway, O2 and flow included', async () => {
    const fed = await fedLoggers(t.deps.db);
    expect(fed.map((f) => f.logger.mn).sort()).toEqual(DEMO_LOGGERS.map((l) => l.mn).sort());
    const perMinute = fed.reduce((n, f) => n + demoMinute(f.profile, HOUR_START).length, 0);
    const rows = await eventually(async () => {
      const r = await t.deps.db
        .selectFrom('observations')
        .select(['station_id', 'parameter', 'period_start', 'value', 'flag'])
        .where('source', '=', 'hj212')
        .where('period', '=', '1m')
        .execute();
      return r.length >= perMinute * 10 ? r : null;
    }, 15_000);
    expect(rows).toHaveLength(perMinute * 10);
    expect(new Set(rows!.map((r) => r.period_start))).toEqual(
      new Set(Array.from({ length: 10 }, (_, m) => new Date(HOUR_START + m * 60_000).toISOString())),
    );
    // What the gateway stored (through the devices' factor maps) is the profile's minute, flow back in m³/h.
    for (const f of fed) {
      const t0 = HOUR_START + 7 * 60_000;
      const stored = rows!.filter((r) => r.station_id === f.stationId && r.period_start === new Date(t0).toISOString());
      const expected = demoMinute(f.profile, t0);
      expect(stored.map((r) => r.parameter).sort(), f.logger.mn).toEqual(expected.map((m) => m.parameter).sort());
      for (const m of expected) {
        const r = stored.find((x) => x.parameter === m.parameter)!;
        expect(r.flag).toBe(m.flag);
        expect(Math.abs(r.value! - m.value), `${f.logger.mn} ${m.parameter}`).toBeLessThanOrEqual(
          m.parameter === 'flow' ? 0.5 : 1e-9,
        );
      }
    }
    expect(await t.deps.db.selectFrom('quarantine').selectAll().execute()).toEqual([]);
  });

  it('sends each later minute once it has ended', async () => {
    t.clock.advance(2 * 60_000); // 02:12:30: 02:10 and 02:11 have ended, 02:12 has not
    const starts = await eventually(async () => {
      const r = await t.deps.db
        .selectFrom('observations')
        .select('period_start')
        .distinct()
        .where('source', '=', 'hj212')
        .where('period', '=', '1m')
        .execute();
      return r.length >= 12 ? r : null;
    }, 15_000);
    expect(
      starts
        ?.map((r) => r.period_start)
        .sort()
        .at(-1),
    ).toBe(new Date(HOUR_START + 11 * 60_000).toISOString());
  }, 20_000);
});
