import type { AppDeps } from '../../../app-deps';
import { monitoringReads, processDirtyRollups, storeReadings, type Reading } from '../../monitoring';
import { shanghaiDateStart } from '../../../platform/time-zone';
import { refreshCityDays } from '../air/city-days.worker';
import { addDays } from '../periods';

export type DailyAirValues = {
  so2: number;
  no2: number;
  co: number;
  pm10: number;
  pm2_5: number;
  o3_8h_max: number;
  o3_1h_max: number;
};
const BASE_DAY: DailyAirValues = {
  so2: 10,
  no2: 20,
  co: 1.0,
  pm10: 50,
  pm2_5: 35,
  o3_8h_max: 100,
  o3_1h_max: 120,
};

export async function stationIdOf(deps: AppDeps, code: string): Promise<string> {
  const id = await monitoringReads.stationIdByCode(deps.db, code);
  if (!id) throw new Error(`no station ${code}`);
  return id;
}

/** Daily readings ('1d') of one station for `days` days from `from`, values chosen per day. */
export function dailyReadings(
  stationId: string,
  from: string,
  days: number,
  valuesOf: (date: string, i: number) => Partial<DailyAirValues> | null,
): Reading[] {
  const out: Reading[] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    const v = valuesOf(date, i);
    if (!v) continue;
    for (const [parameter, value] of Object.entries({ ...BASE_DAY, ...v })) {
      out.push({
        stationId,
        parameter,
        period: '1d',
        periodStart: shanghaiDateStart(date),
        value,
        valueText: String(value),
        flag: 'N',
      });
    }
  }
  return out;
}

/** Hourly readings of the five non-O3 pollutants for the first `hours` hours of a day (too few makes the day invalid). */
function hourlyReadings(stationId: string, date: string, hours: number, value: number): Reading[] {
  const out: Reading[] = [];
  const start = Date.parse(shanghaiDateStart(date));
  for (let h = 0; h < hours; h++) {
    for (const parameter of ['so2', 'no2', 'co', 'pm10', 'pm2_5']) {
      out.push({
        stationId,
        parameter,
        period: '1h',
        periodStart: new Date(start + h * 3_600_000).toISOString(),
        value,
        valueText: String(value),
        flag: 'N',
      });
    }
  }
  return out;
}

/**
 * Stores readings through monitoring's ingestion path, drains the rollup queue and runs the
 * city-days worker once, as the server's background services would.
 */
export async function ingest(deps: AppDeps, readings: Reading[]): Promise<void> {
  await storeReadings(deps.db, deps.clock, readings, 'import');
  while ((await processDirtyRollups(deps.db, deps.clock, 500)) > 0);
  await refreshCityDays(deps.db);
}

/**
 * June 2025 with known answers (see air-ranking.service.test.ts): Nanning and Liuzhou tie, Guilin has
 * one station without data and one bad day, Wuzhou has only 20 days (invalid month); Nanning also
 * has June 2024 for the year-on-year change.
 */
export async function seedKnownJune(deps: AppDeps): Promise<void> {
  const id = (code: string) => stationIdOf(deps, code);
  const readings: Reading[] = [
    ...dailyReadings(await id('GX-A-450100-1'), '2025-06-01', 30, () => ({ pm2_5: 30 })),
    ...dailyReadings(await id('GX-A-450100-2'), '2025-06-01', 30, (date) =>
      date === '2025-06-15' ? null : { pm2_5: 40 },
    ),
    ...hourlyReadings(await id('GX-A-450100-2'), '2025-06-15', 19, 200),
    ...dailyReadings(await id('GX-A-450200-1'), '2025-06-01', 30, () => ({})),
    ...dailyReadings(await id('GX-A-450200-2'), '2025-06-01', 30, () => ({})),
    ...dailyReadings(await id('GX-A-450300-1'), '2025-06-01', 30, (_d, i) => ({ pm2_5: i === 9 ? 120 : 70 })),
    ...dailyReadings(await id('GX-A-450400-1'), '2025-06-01', 20, () => ({})),
    ...dailyReadings(await id('GX-A-450100-1'), '2024-06-01', 30, () => ({ pm2_5: 40 })),
    ...dailyReadings(await id('GX-A-450100-2'), '2024-06-01', 30, () => ({ pm2_5: 40 })),
  ];
  await ingest(deps, readings);
}
