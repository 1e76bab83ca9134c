import type { Kysely } from 'kysely';
import type { Db } from '../../../db/database';
import type { Database } from '../../../db/schema';
import type { Clock } from '../../../platform/clock';
import { checkReadings } from '../alerts/alerts.service';
import { writeObservations } from './partitions.repository';
import {
  listParameterLimits,
  queueDirtyDays,
  raiseLastDataAt,
  upsertObservations,
  type ObservationTuple,
} from './readings.repository';
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
  const obs = [...byKey.values()].map((r): ObservationTuple => [
    r.stationId,
    r.parameter,
    r.period,
    r.periodStart,
    r.value,
    r.valueText,
    r.flag,
  ]);
  await writeObservations(db, trx, readings, () => upsertObservations(db, trx, obs, source, receivedAt));

  const dirty = new Map<string, [string, string]>();
  const latest = new Map<string, string>();
  for (const r of readings) {
    if (r.period === '1h' || r.period === '1d') {
      const day = shanghaiDate(r.periodStart);
      dirty.set(`${r.stationId}|${day}`, [r.stationId, day]);
    }
    if ((latest.get(r.stationId) ?? '') < r.periodStart) latest.set(r.stationId, r.periodStart);
  }
  await queueDirtyDays(db, trx, [...dirty.values()]);
  await raiseLastDataAt(db, trx, [...latest]);

  // Only flagged readings and readings above some limit can raise an alert: checkReadings on that
  // subset (in the original order) has exactly the effect it has on the whole batch.
  const limits = await listParameterLimits(trx);
  const candidates = readings.filter(
    (r) =>
      !isValidFlag(r.flag) ||
      (r.value !== null &&
        limits.some((l) => l.parameter === r.parameter && l.period === r.period && (r.value as number) > l.max_value)),
  );
  if (candidates.length > 0) await checkReadings(db, trx, candidates);
}
