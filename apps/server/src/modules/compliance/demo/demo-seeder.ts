import type { AppDeps } from '../../../app-deps';
import type { DemoSeeder } from '../../../platform/demo/seed-demo';
import { createDevice, insertStation, monitoringReads, storeReadings, type Reading } from '../../monitoring';
import { hourFloor, HOUR_MS, judgeRange } from '../judge/judge.service';
import { scanLeads } from '../leads/scan';
import { factorMapOf, factorsOf } from './demo-loggers';
import { demoReadings } from './demo-profiles';
import { fedLoggers, linkedLoggers } from './demo-targets';

const MINUTE_MS = 60_000;
/** The monitoring demo's loggers use it too: the live feed logs in with what the device table holds. */
const DEVICE_PASSWORD = '123456';
/** Minute history is heavy (a logger sends ~8,600 values a day): three days at most, whatever the demo's history. */
const MAX_MINUTE_DAYS = 3;
const BATCH = 20_000;

/**
 * Registers a station and a logger (system code 31 flue gas, 32 wastewater) for each demo logger an outlet
 * of the register names and monitoring does not know yet, through monitoring's own services.
 * Returns how many it registered.
 */
async function registerLoggers(deps: AppDeps): Promise<number> {
  const { db, clock } = deps;
  const linked = await linkedLoggers(db);
  const known = await monitoringReads.stationIdsByMn(
    db,
    linked.map((l) => l.logger.mn),
  );
  let registered = 0;
  for (const { logger, outlet } of linked) {
    if (known.has(logger.mn)) continue;
    const station = await insertStation({ db, clock }, null, {
      code: logger.stationCode,
      name: `${outlet.enterpriseName} ${outlet.outletName}`,
      kind: 'source_outlet',
      regionCode: outlet.regionCode,
      parameters: factorsOf(logger.kind).map((f) => f.parameter),
      attrs: { intervalSeconds: 60 },
    });
    await createDevice({ db, clock }, null, {
      mn: logger.mn,
      password: DEVICE_PASSWORD,
      st: logger.kind === 'gas' ? '31' : '32',
      stationId: station.id,
      factorMap: factorMapOf(logger.kind),
      crcMode: 'hj212',
      isEnabled: true,
    });
    registered++;
  }
  return registered;
}

/**
 * The demo loggers' minutes of the last `days` days up to the current minute, stored through the
 * ingestion path (storeReadings), then the ended hours judged and scanned for leads, so the exceedances,
 * the signs and the leads inbox have something on a fresh start. Returns the readings stored.
 */
async function seedMinuteHistory(deps: AppDeps, days: number): Promise<number> {
  const now = deps.clock.now().getTime();
  const toHour = hourFloor(now);
  const fromMs = toHour - days * 24 * HOUR_MS;
  const fed = await fedLoggers(deps.db);
  let stored = 0;
  for (const f of fed) {
    const readings: Reading[] = demoReadings(f.profile, f.stationId, fromMs, Math.floor(now / MINUTE_MS) * MINUTE_MS);
    for (let i = 0; i < readings.length; i += BATCH)
      stored += await storeReadings(deps.db, deps.clock, readings.slice(i, i + BATCH), 'demo');
  }
  const outletIds = fed.map((f) => f.outlet.outletId);
  await judgeRange(deps, { fromMs, toMs: toHour, outletIds });
  await scanLeads(deps, { fromMs, toMs: toHour, outletIds });
  return stored;
}

/**
 * The compliance demo: the register's demo outlets get their loggers (one exceeding, one flat-lining, one
 * marking maintenance while operating, the others normal) and, with demo history on, up to three days of
 * minutes, judged. Seeded once: the history comes with the first registration of the loggers.
 */
export const complianceDemoSeeder: DemoSeeder = {
  name: 'compliance',
  async seed(deps) {
    const registered = await registerLoggers(deps);
    if (registered === 0 || deps.config.demoHistoryDays <= 0) return;
    await seedMinuteHistory(deps, Math.min(MAX_MINUTE_DAYS, deps.config.demoHistoryDays));
  },
};
