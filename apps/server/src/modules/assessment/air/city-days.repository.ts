import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { constraintKind } from '../../../db/db-errors';
import type { Database } from '../../../db/schema';
import type { CitySumRow } from './air-data.repository';
import { ROLLUP_PARAMETER_OF } from './pollutants';

const STATE_KEY = 'city_days';
/** Rollup transactions in flight when we read the high-water mark may commit older update times: look back this far. */
const LOOK_BACK_MS = 15 * 60_000;
type State = { mark: string; stations: string };

/**
 * Inserts the city sums of the evaluation stations for the given day starts (all days when null):
 * per city (region code's first four digits + '00'), day and statistic, Σ round(mean × 1000) and the count.
 */
async function insertSums(
  trx: Kysely<Database>,
  stationIds: readonly string[],
  days: readonly string[] | null,
): Promise<void> {
  const city = sql<string>`substr(${sql.ref('s.region_code')}, 1, 4) || '00'`;
  let q = trx
    .selectFrom('observation_rollups as r')
    .innerJoin('stations as s', 's.id', 'r.station_id')
    .select((eb) => [
      city.as('city_code'),
      'r.period_start as day_start',
      'r.parameter',
      eb.fn.sum<number>(eb.fn('round', [eb('r.mean', '*', 1000)])).as('milli_sum'),
      eb.fn.countAll<number>().as('n'),
    ])
    .where('r.period', '=', '1d')
    .where('r.is_valid', '=', 1)
    .where('r.mean', 'is not', null)
    .where('r.parameter', 'in', Object.values(ROLLUP_PARAMETER_OF))
    .where('r.station_id', 'in', [...stationIds]);
  if (days) q = q.where('r.period_start', 'in', [...days]);
  await trx
    .insertInto('assessment_city_days')
    .columns(['city_code', 'day_start', 'parameter', 'milli_sum', 'n'])
    .expression(q.groupBy([city, 'r.period_start', 'r.parameter']))
    .execute();
}

/** Identifies the evaluation network: a changed station list or station record rebuilds everything. */
async function stationsStamp(db: Kysely<Database>, stationIds: readonly string[]): Promise<string> {
  const row = await db
    .selectFrom('stations')
    .select((eb) => [eb.fn.max('updated_at').as('latest'), eb.fn.countAll<number>().as('n')])
    .executeTakeFirst();
  const ids = createHash('sha1')
    .update([...stationIds].sort().join(','))
    .digest('hex');
  return `${row?.latest ?? ''}#${row?.n ?? 0}#${ids}`;
}

/**
 * Brings assessment_city_days up to date with the daily rollups: a full rebuild when the network
 * changed (or the clock went back), else only the days whose rollups were updated since the last
 * refresh (minus a look-back for transactions that were still open).
 */
export async function refreshCityDays(db: Kysely<Database>, stationIds: readonly string[]): Promise<void> {
  // One refresh at a time per database handle: concurrent readers wait for the same one.
  const running = inFlight.get(db);
  if (running) return running;
  const p = refresh(db, stationIds).finally(() => inFlight.delete(db));
  inFlight.set(db, p);
  return p;
}

const inFlight = new WeakMap<object, Promise<void>>();

async function refresh(db: Kysely<Database>, stationIds: readonly string[]): Promise<void> {
  const newest =
    (
      await db
        .selectFrom('observation_rollups')
        .select((eb) => eb.fn.max('updated_at').as('m'))
        .where('period', '=', '1d')
        .executeTakeFirst()
    )?.m ?? '';
  const stamp = await stationsStamp(db, stationIds);
  const raw = (await db.selectFrom('assessment_state').select('value').where('key', '=', STATE_KEY).executeTakeFirst())
    ?.value;
  const state = raw ? (JSON.parse(raw) as State) : null;
  if (state && state.stations === stamp && state.mark === newest) return;
  // A mark stored before any rollup existed is '' (and a damaged one may not parse): neither can bound
  // an incremental refresh, so both rebuild in full, which also heals databases that stored one.
  const hasMark = state !== null && !Number.isNaN(Date.parse(state.mark));
  const isFull = !state || !hasMark || state.stations !== stamp || newest < state.mark;
  try {
    await apply(db, stationIds, state, isFull, { mark: newest, stations: stamp });
  } catch (err) {
    // Another process refreshed the same days at the same time: its rows are as good as ours.
    if (constraintKind(err) !== 'unique') throw err;
  }
}

async function apply(
  db: Kysely<Database>,
  stationIds: readonly string[],
  state: State | null,
  isFull: boolean,
  next: State,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (isFull || !state) {
      await trx.deleteFrom('assessment_city_days').execute();
      if (stationIds.length) await insertSums(trx, stationIds, null);
    } else {
      const since = new Date(Date.parse(state.mark) - LOOK_BACK_MS).toISOString();
      const days = (
        await trx
          .selectFrom('observation_rollups')
          .select('period_start')
          .distinct()
          .where('period', '=', '1d')
          .where('updated_at', '>=', since)
          .execute()
      ).map((d) => d.period_start);
      for (let i = 0; i < days.length; i += 500) {
        const chunk = days.slice(i, i + 500);
        await trx.deleteFrom('assessment_city_days').where('day_start', 'in', chunk).execute();
        if (stationIds.length) await insertSums(trx, stationIds, chunk);
      }
    }
    const value = JSON.stringify(next);
    const res = await trx
      .updateTable('assessment_state')
      .set({ value })
      .where('key', '=', STATE_KEY)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0)
      await trx.insertInto('assessment_state').values({ key: STATE_KEY, value }).execute();
  });
}

/** City sums of the given cities for day starts in [fromIso, toIso). */
export async function readCityDays(
  db: Kysely<Database>,
  cityCodes: readonly string[],
  fromIso: string,
  toIso: string,
): Promise<CitySumRow[]> {
  if (cityCodes.length === 0) return [];
  const rows = await db
    .selectFrom('assessment_city_days')
    .select(['city_code', 'day_start', 'parameter', 'milli_sum', 'n'])
    .where('city_code', 'in', [...cityCodes])
    .where('day_start', '>=', fromIso)
    .where('day_start', '<', toIso)
    .execute();
  return rows.map((r) => ({
    city: r.city_code.slice(0, 4),
    period_start: r.day_start,
    parameter: r.parameter,
    milli: Number(r.milli_sum),
    n: Number(r.n),
  }));
}
