import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/** The station fields other modules need: identity, place and the JSON attributes they interpret. */
export type StationSummary = {
  id: string;
  code: string;
  name: string;
  kind: string;
  region_code: string;
  lon: number | null;
  lat: number | null;
  attrs: string;
};

export type StationFilter = {
  kinds: readonly string[];
  /** Only stations whose region code starts with this prefix. */
  regionPrefix?: string | undefined;
  /** Leave out stations whose status is 'inactive'. */
  activeOnly?: boolean;
};

/** Stations of the given kinds, in code order. */
export function listStations(db: Kysely<Database>, filter: StationFilter): Promise<StationSummary[]> {
  if (filter.kinds.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('stations')
    .select(['id', 'code', 'name', 'kind', 'region_code', 'lon', 'lat', 'attrs'])
    .where('kind', 'in', [...filter.kinds]);
  if (filter.activeOnly) q = q.where('status', '!=', 'inactive');
  if (filter.regionPrefix) q = q.where('region_code', 'like', `${filter.regionPrefix}%`);
  return q.orderBy('code').execute();
}

/** A station's id by its code, or undefined. */
export async function stationIdByCode(db: Kysely<Database>, code: string): Promise<string | undefined> {
  return (await db.selectFrom('stations').select('id').where('code', '=', code).executeTakeFirst())?.id;
}

/** Changes whenever a station is added, removed or edited: the newest update time and the count. */
export async function stationsStamp(db: Kysely<Database>): Promise<{ latest: string; count: number }> {
  const row = await db
    .selectFrom('stations')
    .select((eb) => [eb.fn.max('updated_at').as('latest'), eb.fn.countAll<number>().as('n')])
    .executeTakeFirst();
  return { latest: row?.latest ?? '', count: Number(row?.n ?? 0) };
}

/** The stations of the HJ 212 loggers with these MNs (MN → station id); unknown MNs are absent. */
export async function stationIdsByMn(db: Kysely<Database>, mns: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(mns)];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('devices').select(['mn', 'station_id']).where('mn', 'in', unique).execute();
  return new Map(rows.map((r) => [r.mn, r.station_id]));
}

/** The parameters each station measures (its declared list), by station id. */
export async function stationParameters(
  db: Kysely<Database>,
  stationIds: readonly string[],
): Promise<Map<string, string[]>> {
  const unique = [...new Set(stationIds)];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('stations').select(['id', 'parameters']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, JSON.parse(r.parameters) as string[]]));
}
