import { sql, type Kysely } from 'kysely';
import type { Db } from '../../../db/database';
import type { Database } from '../../../db/schema';
import type { Clock } from '../../../platform/clock';
import { checkReadings } from '../alerts/alerts.service';
import { rowsSource } from './bulk-rows';
import { writeObservations } from './partitions';
import { isValidFlag, shanghaiDate, type Reading, type ReadingSource } from './reading';

/**
 * THE write path of every ingestion route, inside the caller's transaction: observations upserted by
 * (station, parameter, period, period start) with the last value winning (re-sent data is
 * idempotent), the touched Shanghai days queued for the rollup worker, stations' last-data time
 * raised, and alerts for abnormal flags and limit breaches. One set-based statement per table
 * (SQLite json_each, PostgreSQL unnest) rather than a statement per row batch or station.
 */
export async function writeReadings(
  db: Db,
  trx: Kysely<Database>,
  clock: Clock,
  readings: readonly Reading[],
  source: ReadingSource,
): Promise<void> {
  if (readings.length === 0) return;
  const receivedAt = clock.now().toISOString();
  const byKey = new Map<string, Reading>();
  for (const r of readings) byKey.set(`${r.stationId}|${r.parameter}|${r.period}|${r.periodStart}`, r);
  const obs = [...byKey.values()].map((r) => [
    r.stationId,
    r.parameter,
    r.period,
    r.periodStart,
    r.value,
    r.valueText,
    r.flag,
  ]);
  await writeObservations(db, trx, readings, async () => {
    await sql`insert into observations (station_id, parameter, period, period_start, value, value_text, flag, source, received_at)
      select c0, c1, c2, c3, c4, c5, c6, ${source}, ${receivedAt} from (${rowsSource(db, obs, ['text', 'text', 'text', 'text', 'float8', 'text', 'text'])}) as src where true
      on conflict (station_id, parameter, period, period_start) do update set value = excluded.value, value_text = excluded.value_text, flag = excluded.flag,
      source = excluded.source, received_at = excluded.received_at`.execute(trx);
  });

  const dirty = new Map<string, [string, string]>();
  const latest = new Map<string, string>();
  for (const r of readings) {
    if (r.period === '1h' || r.period === '1d') {
      const day = shanghaiDate(r.periodStart);
      dirty.set(`${r.stationId}|${day}`, [r.stationId, day]);
    }
    if ((latest.get(r.stationId) ?? '') < r.periodStart) latest.set(r.stationId, r.periodStart);
  }
  if (dirty.size > 0) {
    await sql`insert into rollup_dirty (station_id, day) select c0, c1 from (${rowsSource(db, [...dirty.values()], ['text', 'text'])}) as src where true
      on conflict do nothing`.execute(trx);
  }
  await sql`update stations set last_data_at = src.c1 from (${rowsSource(db, [...latest], ['text', 'text'])}) as src
    where stations.id = src.c0 and (stations.last_data_at is null or stations.last_data_at < src.c1)`.execute(trx);

  // Only flagged readings and readings above some limit can raise an alert: checkReadings on that
  // subset (in the original order) has exactly the effect it has on the whole batch.
  const limits = await trx.selectFrom('parameter_limits').select(['parameter', 'period', 'max_value']).execute();
  const candidates = readings.filter(
    (r) =>
      !isValidFlag(r.flag) ||
      (r.value !== null &&
        limits.some((l) => l.parameter === r.parameter && l.period === r.period && (r.value as number) > l.max_value)),
  );
  if (candidates.length > 0) await checkReadings(db, trx, candidates);
}
