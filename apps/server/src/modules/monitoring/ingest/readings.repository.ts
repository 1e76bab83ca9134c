import { sql, type Kysely } from 'kysely';
import type { Db } from '../../../db/database';
import type { Database } from '../../../db/schema';
import { rowsSource } from './bulk-rows.repository';
import type { ReadingSource } from './reading';

/** One observation row: station, parameter, period, period start, value, value text, flag. */
export type ObservationTuple = [string, string, string, string, number | null, string | null, string | null];

/** Upserts observations set-based, the last value winning (re-sent data is idempotent). */
export async function upsertObservations(
  db: Db,
  trx: Kysely<Database>,
  rows: readonly ObservationTuple[],
  source: ReadingSource,
  receivedAt: string,
): Promise<void> {
  await sql`insert into observations (station_id, parameter, period, period_start, value, value_text, flag, source, received_at)
      select c0, c1, c2, c3, c4, c5, c6, ${source}, ${receivedAt} from (${rowsSource(db, rows, ['text', 'text', 'text', 'text', 'float8', 'text', 'text'])}) as src where true
      on conflict (station_id, parameter, period, period_start) do update set value = excluded.value, value_text = excluded.value_text, flag = excluded.flag,
      source = excluded.source, received_at = excluded.received_at`.execute(trx);
}

/** Queues (station, Shanghai day) pairs for the rollup worker. */
export async function queueDirtyDays(
  db: Db,
  trx: Kysely<Database>,
  stationDays: readonly (readonly [string, string])[],
): Promise<void> {
  if (stationDays.length === 0) return;
  await sql`insert into rollup_dirty (station_id, day) select c0, c1 from (${rowsSource(db, stationDays, ['text', 'text'])}) as src where true
      on conflict do nothing`.execute(trx);
}

/** Raises stations' last-data time to the newest period start seen (never lowers it). */
export async function raiseLastDataAt(
  db: Db,
  trx: Kysely<Database>,
  latest: readonly (readonly [string, string])[],
): Promise<void> {
  await sql`update stations set last_data_at = src.c1 from (${rowsSource(db, latest, ['text', 'text'])}) as src
    where stations.id = src.c0 and (stations.last_data_at is null or stations.last_data_at < src.c1)`.execute(trx);
}

/** The configured upper limits per parameter and period. */
export function listParameterLimits(trx: Kysely<Database>) {
  return trx.selectFrom('parameter_limits').select(['parameter', 'period', 'max_value']).execute();
}
