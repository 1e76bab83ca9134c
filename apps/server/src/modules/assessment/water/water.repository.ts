import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

export const WATER_KINDS = ['water_river', 'water_lake', 'drinking_source'] as const;

export type WaterStationRow = {
  id: string;
  code: string;
  name: string;
  kind: string;
  region_code: string;
  lon: number | null;
  lat: number | null;
  attrs: string;
};

export function listWaterStations(db: Kysely<Database>, regionPrefix?: string): Promise<WaterStationRow[]> {
  let q = db
    .selectFrom('stations')
    .select(['id', 'code', 'name', 'kind', 'region_code', 'lon', 'lat', 'attrs'])
    .where('kind', 'in', [...WATER_KINDS])
    .where('status', '!=', 'inactive');
  if (regionPrefix) q = q.where('region_code', 'like', `${regionPrefix}%`);
  return q.orderBy('code').execute();
}

/** Monthly rollup means (any count: a manual sample is one value a month) of the given stations. */
export function loadMonthMeans(db: Kysely<Database>, stationIds: readonly string[], monthStartIso: string) {
  if (stationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('observation_rollups')
    .select(['station_id', 'parameter', 'mean', 'count'])
    .where('period', '=', '1mo')
    .where('period_start', '=', monthStartIso)
    .where('count', '>', 0)
    .where('station_id', 'in', [...stationIds])
    .execute();
}

/** The latest month start with a monthly rollup of any water station. */
export async function latestWaterMonth(
  db: Kysely<Database>,
  stationIds: readonly string[],
): Promise<string | undefined> {
  if (stationIds.length === 0) return undefined;
  const row = await db
    .selectFrom('observation_rollups')
    .select((eb) => eb.fn.max('period_start').as('latest'))
    .where('period', '=', '1mo')
    .where('station_id', 'in', [...stationIds])
    .executeTakeFirst();
  return row?.latest ?? undefined;
}
