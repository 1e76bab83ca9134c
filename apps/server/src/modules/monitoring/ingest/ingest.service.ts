import type { Db } from '../../../db/database';
import type { Clock } from '../../../platform/clock';
import type { Reading, ReadingSource } from './reading';
import { writeReadings } from './write-readings';

/**
 * Stores readings in one transaction (see writeReadings): when this resolves, they are durable.
 * HTTP batches, file imports, MQTT and the demo use it; the HJ 212 gateway calls writeReadings
 * inside its own batch transaction so the raw packets are archived in the same commit.
 */
export async function storeReadings(
  db: Db,
  clock: Clock,
  readings: readonly Reading[],
  source: ReadingSource,
): Promise<number> {
  if (readings.length === 0) return 0;
  await db.transaction().execute((trx) => writeReadings(db, trx, clock, readings, source));
  return readings.length;
}
