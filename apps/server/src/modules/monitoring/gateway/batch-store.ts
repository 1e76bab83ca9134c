import type { Kysely } from 'kysely';
import type { Db } from '../../../db/database';
import type { Database } from '../../../db/schema';
import type { Clock } from '../../../platform/clock';
import { timeOrderedId } from '../../../platform/ids/time-ordered-id';
import type { Reading } from '../ingest/reading';
import { writeReadings } from '../ingest/write-readings';

/** One raw packet for packet_archive (the frame exactly as received, CRLF included). */
export type ArchivedPacket = { mn: string; qn: string | null; cn: string | null; raw: string };

export type IngestBatch = { readings: Reading[]; packets: ArchivedPacket[]; deviceIds: string[] };

const ROWS_PER_INSERT = 500;

/**
 * Writes one gateway batch inside the caller's transaction: the readings through the one write
 * path (idempotent upsert by station, parameter, period, period start), the raw packets into
 * packet_archive (time-ordered ids, so the archive grows at its right edge) and the devices'
 * last_seen_at.
 */
export async function writeBatch(db: Db, trx: Kysely<Database>, clock: Clock, batch: IngestBatch): Promise<void> {
  const now = clock.now().toISOString();
  await writeReadings(db, trx, clock, batch.readings, 'hj212');
  for (let i = 0; i < batch.packets.length; i += ROWS_PER_INSERT) {
    const rows = batch.packets.slice(i, i + ROWS_PER_INSERT).map((p) => ({ id: timeOrderedId(), received_at: now, mn: p.mn, qn: p.qn, cn: p.cn, raw: p.raw }));
    await trx.insertInto('packet_archive').values(rows).execute();
  }
  const ids = [...new Set(batch.deviceIds)];
  for (let i = 0; i < ids.length; i += ROWS_PER_INSERT) {
    await trx.updateTable('devices').set({ last_seen_at: now }).where('id', 'in', ids.slice(i, i + ROWS_PER_INSERT)).execute();
  }
}

/** writeBatch in its own transaction: when this resolves the whole batch is stored, when it throws none of it is. */
export async function storeBatch(db: Db, clock: Clock, batch: IngestBatch): Promise<void> {
  await db.transaction().execute((trx) => writeBatch(db, trx, clock, batch));
}
