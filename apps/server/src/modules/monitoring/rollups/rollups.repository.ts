import { sql, type Insertable, type Kysely } from 'kysely';
import type { Db } from '../../../db/database';
import type { Database } from '../../../db/schema';
import type { ObservationRollupsTable } from '../monitoring.tables';

export type RollupRow = Insertable<ObservationRollupsTable>;

/** A station's sampling interval in seconds (its attrs), or undefined when the station does not exist. */
export async function stationIntervalOf(db: Kysely<Database>, stationId: string): Promise<number | undefined> {
  const station = await db.selectFrom('stations').select(['attrs']).where('id', '=', stationId).executeTakeFirst();
  if (!station) return undefined;
  return Number((JSON.parse(station.attrs) as { intervalSeconds?: number }).intervalSeconds ?? 3600);
}

/** A station's hourly and daily observations with period start in [from, to). */
export function hourlyAndDailyObservations(db: Kysely<Database>, stationId: string, from: string, to: string) {
  return db
    .selectFrom('observations')
    .select(['parameter', 'period', 'period_start', 'value', 'flag'])
    .where('station_id', '=', stationId)
    .where('period', 'in', ['1h', '1d'])
    .where('period_start', '>=', from)
    .where('period_start', '<', to)
    .execute();
}

/** A station's rollups of every period with period start in [from, to). */
export function rollupsOfStation(db: Kysely<Database>, stationId: string, from: string, to: string) {
  // Keyed on the station alone, so SQLite walks the primary key (station first) rather than the
  // (period, period_start) index, which would visit every station's days; the caller drops other periods.
  return db
    .selectFrom('observation_rollups')
    .select(['parameter', 'period', 'period_start', 'mean', 'is_valid'])
    .where('station_id', '=', stationId)
    .where('period_start', '>=', from)
    .where('period_start', '<', to)
    .execute();
}

/** Deletes a station's rollups of one period at the given starts. */
export async function deleteRollups(
  db: Kysely<Database>,
  stationId: string,
  period: string,
  starts: readonly string[],
): Promise<void> {
  for (let i = 0; i < starts.length; i += 500) {
    await db
      .deleteFrom('observation_rollups')
      .where('station_id', '=', stationId)
      .where('period', '=', period)
      .where('period_start', 'in', starts.slice(i, i + 500))
      .execute();
  }
}

export async function insertRollups(db: Kysely<Database>, rows: readonly RollupRow[]): Promise<void> {
  // 11 values a row: 500 rows stay under SQLite's and PostgreSQL's bound-parameter limits.
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('observation_rollups')
      .values(rows.slice(i, i + 500))
      .execute();
}

/** The head of the dirty-day queue, in station and day order. */
export function dirtyDaysHead(db: Kysely<Database>, limit: number) {
  return db.selectFrom('rollup_dirty').selectAll().orderBy('station_id').orderBy('day').limit(limit).execute();
}

export async function deleteDirtyDay(db: Kysely<Database>, stationId: string, day: string): Promise<void> {
  await db.deleteFrom('rollup_dirty').where('station_id', '=', stationId).where('day', '=', day).execute();
}

/** How many station-days wait in the queue. */
export async function countDirtyDays(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('rollup_dirty')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Every (station, period start) with hourly or daily data. */
export function observedStationStarts(db: Kysely<Database>) {
  return db
    .selectFrom('observations')
    .select(['station_id', 'period_start'])
    .distinct()
    .where('period', 'in', ['1h', '1d'])
    .execute();
}

export async function queueDirty(db: Kysely<Database>, rows: readonly { station_id: string; day: string }[]) {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('rollup_dirty')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.doNothing())
      .execute();
}

/** How long this connection waits for SQLite's write lock before SQLITE_BUSY (no-op on PostgreSQL). */
export async function setBusyTimeout(db: Db, ms: number): Promise<void> {
  if (db.dialect === 'sqlite')
    await sql`pragma busy_timeout = ${sql.raw(String(Math.max(0, Math.floor(ms))))}`.execute(db);
}
