import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { AIR_STATION_KINDS, ROLLUP_PARAMETER_OF } from './pollutants';

export type AirStationRow = {
  id: string;
  code: string;
  name: string;
  region_code: string;
  lon: number | null;
  lat: number | null;
  attrs: string;
};

/** Air stations of the province (national and provincial networks), optionally below a region prefix. */
export function listAirStations(db: Kysely<Database>, regionPrefix?: string): Promise<AirStationRow[]> {
  let q = db
    .selectFrom('stations')
    .select(['id', 'code', 'name', 'region_code', 'lon', 'lat', 'attrs'])
    .where('kind', 'in', [...AIR_STATION_KINDS])
    .where('status', '!=', 'inactive');
  if (regionPrefix) q = q.where('region_code', 'like', `${regionPrefix}%`);
  return q.orderBy('code').execute();
}

export type DailyRow = { station_id: string; parameter: string; period_start: string; mean: number | null };

/** Valid daily rollups of the air statistics for day starts in [fromIso, toIso). */
export function loadDailyRollups(
  db: Kysely<Database>,
  stationIds: readonly string[],
  fromIso: string,
  toIso: string,
): Promise<DailyRow[]> {
  if (stationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('observation_rollups')
    .select(['station_id', 'parameter', 'period_start', 'mean'])
    .where('period', '=', '1d')
    .where('is_valid', '=', 1)
    .where('parameter', 'in', Object.values(ROLLUP_PARAMETER_OF))
    .where('period_start', '>=', fromIso)
    .where('period_start', '<', toIso)
    .where('station_id', 'in', [...stationIds])
    .execute();
}

export type HourlyRow = {
  station_id: string;
  parameter: string;
  period_start: string;
  value: number | null;
  flag: string | null;
};

/** Hourly observations of the six AQI pollutants for hour starts in [fromIso, toIso). */
export function loadHourly(
  db: Kysely<Database>,
  stationIds: readonly string[],
  fromIso: string,
  toIso: string,
): Promise<HourlyRow[]> {
  if (stationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('observations')
    .select(['station_id', 'parameter', 'period_start', 'value', 'flag'])
    .where('period', '=', '1h')
    .where('parameter', 'in', ['so2', 'no2', 'co', 'o3', 'pm10', 'pm2_5'])
    .where('period_start', '>=', fromIso)
    .where('period_start', '<', toIso)
    .where('station_id', 'in', [...stationIds])
    .execute();
}

/** The latest hour start with hourly air data, looked up per station through the primary key. */
export async function latestHourStart(
  db: Kysely<Database>,
  stationIds: readonly string[],
  notAfterIso: string,
): Promise<string | undefined> {
  if (stationIds.length === 0) return undefined;
  const row = await db
    .selectFrom('observations')
    .select((eb) => eb.fn.max('period_start').as('latest'))
    .where('period', '=', '1h')
    .where('parameter', '=', 'pm2_5')
    .where('station_id', 'in', [...stationIds])
    .where('period_start', '<=', notAfterIso)
    .executeTakeFirst();
  return row?.latest ?? undefined;
}

/** Region names from the region dictionary (code → label, e.g. 450100 → 南宁市). */
export async function regionNames(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('dictionary_entries')
    .select(['code', 'label'])
    .where('dict_code', '=', 'region')
    .execute();
  return new Map(rows.map((r) => [r.code, r.label]));
}

export type CitySumRow = { city: string; period_start: string; parameter: string; milli: number; n: number };
