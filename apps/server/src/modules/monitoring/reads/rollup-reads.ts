import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

export type DailyRollupRow = { station_id: string; parameter: string; period_start: string; mean: number | null };

/** Valid daily rollups ('1d') of the given stations and statistics for day starts in [fromIso, toIso). */
export function readDailyRollups(
  db: Kysely<Database>,
  q: { stationIds: readonly string[]; parameters: readonly string[]; fromIso: string; toIso: string },
): Promise<DailyRollupRow[]> {
  if (q.stationIds.length === 0 || q.parameters.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('observation_rollups')
    .select(['station_id', 'parameter', 'period_start', 'mean'])
    .where('period', '=', '1d')
    .where('is_valid', '=', 1)
    .where('parameter', 'in', [...q.parameters])
    .where('period_start', '>=', q.fromIso)
    .where('period_start', '<', q.toIso)
    .where('station_id', 'in', [...q.stationIds])
    .execute();
}

export type RegionDaySumRow = {
  region_code: string;
  period_start: string;
  parameter: string;
  /** Σ round(mean × 1000) over the region's stations: integers, so sums stay exact on every database. */
  milli_sum: number;
  n: number;
};

/**
 * Valid daily rollup means of the given stations summed per station region code, day and statistic
 * (all days when `dayStarts` is null). The database aggregates, so callers never load station rows.
 */
export async function sumDailyRollupsByRegion(
  db: Kysely<Database>,
  q: { stationIds: readonly string[]; parameters: readonly string[]; dayStarts: readonly string[] | null },
): Promise<RegionDaySumRow[]> {
  if (q.stationIds.length === 0 || q.parameters.length === 0 || q.dayStarts?.length === 0) return [];
  let sel = db
    .selectFrom('observation_rollups as r')
    .innerJoin('stations as s', 's.id', 'r.station_id')
    .select((eb) => [
      's.region_code',
      'r.period_start',
      'r.parameter',
      eb.fn.sum<number>(eb.fn('round', [eb('r.mean', '*', 1000)])).as('milli_sum'),
      eb.fn.countAll<number>().as('n'),
    ])
    .where('r.period', '=', '1d')
    .where('r.is_valid', '=', 1)
    .where('r.mean', 'is not', null)
    .where('r.parameter', 'in', [...q.parameters])
    .where('r.station_id', 'in', [...q.stationIds]);
  if (q.dayStarts) sel = sel.where('r.period_start', 'in', [...q.dayStarts]);
  const rows = await sel.groupBy(['s.region_code', 'r.period_start', 'r.parameter']).execute();
  return rows.map((r) => ({ ...r, milli_sum: Number(r.milli_sum), n: Number(r.n) }));
}

export type MonthRollupRow = { station_id: string; parameter: string; mean: number | null; count: number };

/** Monthly rollups ('1mo') with at least one value (a manual sample is one value a month) of the given stations. */
export function readMonthRollups(
  db: Kysely<Database>,
  stationIds: readonly string[],
  monthStartIso: string,
): Promise<MonthRollupRow[]> {
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

/** The latest month start with a monthly rollup of any of the given stations. */
export async function latestMonthRollupStart(
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
