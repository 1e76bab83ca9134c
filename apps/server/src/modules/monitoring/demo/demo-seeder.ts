import type { AppDeps } from '../../../app-deps';
import type { DemoSeeder } from '../../../platform/demo/seed-demo';
import { createDevice } from '../devices/devices.service';
import { storeReadings } from '../ingest/ingest.service';
import { shanghaiDate, shanghaiDateStart, type Reading } from '../ingest/reading';
import { processDirtyRollups } from '../rollups/rollup.service';
import { insertStation } from '../stations/stations.service';
import {
  AIR_PARAMETERS,
  DEMO_LAKE,
  DEMO_OUTLETS,
  DEMO_SECTIONS,
  WATER_PARAMETERS,
  demoAirStations,
} from './demo-network';
import { dailyAirReadings, hourlyAirReadings, waterSampleReadings } from './demo-history';
import { MEDIA_MARKER_CODE, mediaHistoryReadings, seedMediaNetwork } from './demo-media-seeder';
import { stationCodeExists, stationIdsByCode } from '../stations/stations.repository';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const DEMO_DEVICE_PASSWORD = '123456';

/** Demo MN of an air station's logger: 24 characters like the 2017 standard's. */
const airMn = (cityCode: string, no: number) => `GXAIR${cityCode}${String(no).padStart(13, '0')}`;

async function seedNetwork(deps: AppDeps): Promise<void> {
  const { db, clock } = deps;
  for (const { city, no, code, nationalCode, name, lon, lat } of demoAirStations()) {
    const s = await insertStation({ db: db, clock: clock }, null, {
      code,
      name,
      kind: 'air_national',
      regionCode: city.code,
      lon,
      lat,
      parameters: AIR_PARAMETERS,
      attrs: { isEvaluation: true, intervalSeconds: 3600, nationalCode },
    });
    await createDevice({ db, clock }, null, {
      mn: airMn(city.code, no),
      password: DEMO_DEVICE_PASSWORD,
      st: '22',
      stationId: s.id,
      crcMode: 'hj212',
      isEnabled: true,
      factorMap: {
        a21026: { parameter: 'so2', scale: 1 },
        a21004: { parameter: 'no2', scale: 1 },
        a21005: { parameter: 'co', scale: 1 },
        a05024: { parameter: 'o3', scale: 1 },
        a34002: { parameter: 'pm10', scale: 1 },
        a34004: { parameter: 'pm2_5', scale: 1 },
      },
    });
  }
  for (const [code, name, region, river, lon, lat, targetClass, , national] of DEMO_SECTIONS) {
    await insertStation({ db: db, clock: clock }, null, {
      code,
      name,
      kind: 'water_river',
      regionCode: region,
      lon,
      lat,
      parameters: WATER_PARAMETERS,
      attrs: { targetClass, waterBody: 'river', river, isNationallyAssessed: national, intervalSeconds: 86_400 * 30 },
    });
  }
  const [code, name, region, lon, lat, targetClass] = DEMO_LAKE;
  await insertStation({ db: db, clock: clock }, null, {
    code,
    name,
    kind: 'water_lake',
    regionCode: region,
    lon,
    lat,
    parameters: [...WATER_PARAMETERS, 'tn'],
    attrs: { targetClass, waterBody: 'lake', isNationallyAssessed: false, intervalSeconds: 86_400 * 30 },
  });
  for (const [oCode, oName, oRegion, st, mn, factorMap] of DEMO_OUTLETS) {
    const s = await insertStation({ db: db, clock: clock }, null, {
      code: oCode,
      name: oName,
      kind: 'source_outlet',
      regionCode: oRegion,
      parameters: Object.values(factorMap).map((f) => f.parameter),
      attrs: { intervalSeconds: 3600 },
    });
    await createDevice({ db, clock }, null, {
      mn,
      password: DEMO_DEVICE_PASSWORD,
      st,
      stationId: s.id,
      factorMap,
      crcMode: 'hj212',
      isEnabled: true,
    });
  }
}

/**
 * History through the ingestion path (storeReadings, then the rollup queue): daily air values for
 * `days` days, hourly values for the last 72 hours, monthly water samples, and the other media
 * (sea surveys, daily noise, dose rates) of the parts being seeded; so rankings,
 * year-on-year changes and trends have data on a fresh start.
 */
async function seedHistory(deps: AppDeps, days: number, parts: { air: boolean; media: boolean }): Promise<void> {
  const { db, clock } = deps;
  const now = clock.now().getTime();
  const today = Date.parse(shanghaiDateStart(shanghaiDate(new Date(now).toISOString())));
  const hourlyFrom = today - 3 * DAY;
  const ids = new Map((await stationIdsByCode(db)).map((s) => [s.code, s.id]));
  let batch: Reading[] = [];
  const flush = async (force = false) => {
    if (batch.length >= 20_000 || (force && batch.length)) {
      await storeReadings(db, clock, batch, 'demo');
      batch = [];
    }
  };
  for (const { city, no, code } of parts.air ? demoAirStations() : []) {
    const id = ids.get(code)!;
    batch.push(...dailyAirReadings(city, no, id, today - days * DAY, hourlyFrom));
    batch.push(...hourlyAirReadings(city, no, id, hourlyFrom, Math.floor(now / HOUR) * HOUR));
    await flush();
  }
  if (parts.air) {
    for (const [code, , , , , , , quality] of DEMO_SECTIONS)
      batch.push(...waterSampleReadings(ids.get(code)!, code, quality, today - days * DAY, now));
    batch.push(...waterSampleReadings(ids.get(DEMO_LAKE[0])!, DEMO_LAKE[0], DEMO_LAKE[6], today - days * DAY, now));
  }
  if (parts.media) {
    batch.push(
      ...mediaHistoryReadings(ids, {
        fromDayMs: today - days * DAY,
        todayMs: today,
        hourlyFromMs: hourlyFrom,
        toHourMs: Math.floor(now / HOUR) * HOUR,
        nowMs: now,
      }),
    );
  }
  await flush(true);
  while ((await processDirtyRollups(db, clock, 500)) > 0);
}

/** The demo network (air, water, outlets, sea, noise, radiation) and, with demo history on, its readings. */
export const monitoringDemoSeeder: DemoSeeder = {
  name: 'monitoring',
  async seed(deps) {
    const has = (code: string) => stationCodeExists(deps.db, code);
    // Demo databases made before the sea, noise and radiation points existed get those on the next run.
    const parts = { air: !(await has('GX-A-450100-1')), media: !(await has(MEDIA_MARKER_CODE)) };
    if (parts.air) await seedNetwork(deps);
    if (parts.media) await seedMediaNetwork(deps);
    if ((parts.air || parts.media) && deps.config.demoHistoryDays > 0)
      await seedHistory(deps, deps.config.demoHistoryDays, parts);
  },
};
