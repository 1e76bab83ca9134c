import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/database';
import type { Clock } from '../../../platform/clock';
import type { Reading } from '../ingest/reading';
import { writeReadings } from '../ingest/write-readings';

/** One raw packet for packet_archive (the frame exactly as received, CRLF included). */
export type ArchivedPacket = { mn: string; qn: string | null; cn: string | null; raw: string };

export type IngestBatch = { readings: Reading[]; packets: ArchivedPacket[]; deviceIds: string[] };

const ROWS_PER_INSERT = 500;

/**
 * Commits one gateway batch in ONE transaction: the readings (idempotent upsert by station,
 * parameter, period, period start), the raw packets into packet_archive and the devices'
 * last_seen_at. When this resolves every packet of the batch may be acknowledged; when it
 * throws, none was stored and none may be.
 */
export async function storeBatch(db: Db, clock: Clock, batch: IngestBatch): Promise<void> {
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await writeReadings(db, trx, clock, batch.readings, 'hj212');
    for (let i = 0; i < batch.packets.length; i += ROWS_PER_INSERT) {
      const rows = batch.packets.slice(i, i + ROWS_PER_INSERT).map((p) => ({ id: randomUUID(), received_at: now, mn: p.mn, qn: p.qn, cn: p.cn, raw: p.raw }));
      await trx.insertInto('packet_archive').values(rows).execute();
    }
    const ids = [...new Set(batch.deviceIds)];
    for (let i = 0; i < ids.length; i += ROWS_PER_INSERT) {
      await trx.updateTable('devices').set({ last_seen_at: now }).where('id', 'in', ids.slice(i, i + ROWS_PER_INSERT)).execute();
    }
  });
}
