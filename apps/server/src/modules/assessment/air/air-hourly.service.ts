import type { Kysely } from 'kysely';
import { aqiStandardOn, cityMean, computeAqi, type AqiResult, type Pollutant } from '@ecocloud/standards';
import type { HourlyAqi } from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import type { AirNetwork } from './air-evaluation.service';
import * as repo from './air-data.repository';
import { toHourlyView } from './air-views';
import { HEALTH_ADVICE } from './health-advice';
import { decimalsOf } from './pollutants';

const HOUR = 3_600_000;
const POLLUTANTS: readonly Pollutant[] = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm2_5'];
type Hour = Record<Pollutant, number | null>;
const emptyHour = (): Hour => ({ so2: null, no2: null, co: null, o3: null, pm10: null, pm2_5: null });

/**
 * Hourly AQI of the version in force on the hour's day, in the `published` mode: the six 1-hour values
 * (PM on the 24-hour breakpoints), which is what the national real-time feed publishes (reference §1.6).
 */
function hourlyAqi(hourStart: string, v: Hour): AqiResult {
  return computeAqi(
    { so2_1h: v.so2, no2_1h: v.no2, co_1h: v.co, o3_1h: v.o3, pm10_1h: v.pm10, pm2_5_1h: v.pm2_5 },
    { standard: aqiStandardOn(new Date(hourStart)), mode: 'published' },
  );
}

/** station → hour start → values, flagged values dropped (only N or no flag enters statistics). */
async function hourTable(db: Kysely<Database>, ids: readonly string[], fromIso: string, toIso: string) {
  const out = new Map<string, Map<string, Hour>>();
  for (const r of await repo.loadHourly(db, ids, fromIso, toIso)) {
    if (r.value === null || (r.flag && r.flag !== 'N')) continue;
    const hours = out.get(r.station_id) ?? new Map<string, Hour>();
    const h = hours.get(r.period_start) ?? emptyHour();
    h[r.parameter as Pollutant] = r.value;
    hours.set(r.period_start, h);
    out.set(r.station_id, hours);
  }
  return out;
}

function cityHour(list: Hour[]): Hour {
  const h = emptyHour();
  for (const p of POLLUTANTS)
    h[p] = cityMean(
      list.map((x) => x[p]),
      decimalsOf(p),
    );
  return h;
}

/**
 * Start of the latest hour that has **ended** by `now` and has data: an hour is published after it
 * ends (at 21:06 the hour 20:00–21:00, labelled 21:00 by its end), never the hour still being measured.
 */
function latestCompleteHour(db: Kysely<Database>, ids: readonly string[], now: Date): Promise<string | undefined> {
  return repo.latestHourStart(db, ids, new Date(now.getTime() - HOUR).toISOString());
}

/** Latest complete hour's AQI of every station and city (the city value from its evaluation stations' means). */
export async function aqiNow(
  db: Kysely<Database>,
  network: AirNetwork,
  now: Date,
): Promise<{ asOf: string | null; advice: typeof HEALTH_ADVICE; cities: HourlyAqi[]; stations: HourlyAqi[] }> {
  const ids = network.stations.map((s) => s.id);
  const latest = await latestCompleteHour(db, ids, now);
  if (!latest) return { asOf: null, advice: HEALTH_ADVICE, cities: [], stations: [] };
  const table = await hourTable(db, ids, latest, new Date(Date.parse(latest) + HOUR).toISOString());
  const stations = network.stations
    .filter((s) => table.get(s.id)?.has(latest))
    .map((s) => {
      const v = table.get(s.id)!.get(latest)!;
      return {
        ...toHourlyView(
          { code: s.code, name: s.name, regionCode: s.region_code, lon: s.lon, lat: s.lat },
          latest,
          hourlyAqi(latest, v),
          v,
        ),
        advice: null,
      };
    });
  const cities = network.cities.flatMap((c) => {
    const list = c.stationIds.map((id) => table.get(id)?.get(latest)).filter((h): h is Hour => h !== undefined);
    if (list.length === 0) return [];
    const v = cityHour(list);
    const first = network.stations.find((s) => s.id === c.stationIds[0]);
    return [
      toHourlyView(
        { code: c.code, name: c.name, regionCode: c.code, lon: first?.lon ?? null, lat: first?.lat ?? null },
        latest,
        hourlyAqi(latest, v),
        v,
      ),
    ];
  });
  return { asOf: latest, advice: HEALTH_ADVICE, cities, stations };
}

/** A station's last 24 hours of hourly AQI up to its latest complete hour. */
export async function stationLast24h(
  db: Kysely<Database>,
  station: repo.AirStationRow,
  now: Date,
): Promise<HourlyAqi[]> {
  const latest = await latestCompleteHour(db, [station.id], now);
  if (!latest) return [];
  const from = new Date(Date.parse(latest) - 23 * HOUR).toISOString();
  const table =
    (await hourTable(db, [station.id], from, new Date(Date.parse(latest) + HOUR).toISOString())).get(station.id) ??
    new Map<string, Hour>();
  return [...table]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([hour, v]) =>
      toHourlyView(
        { code: station.code, name: station.name, regionCode: station.region_code, lon: station.lon, lat: station.lat },
        hour,
        hourlyAqi(hour, v),
        v,
      ),
    );
}
