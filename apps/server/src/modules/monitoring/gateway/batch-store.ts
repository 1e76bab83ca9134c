import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Db } from '../../../db/database';
import type { Database } from '../../../db/schema';
import type { Clock } from '../../../platform/clock';
import { storeReadings } from '../ingest/ingest.service';
import type { Reading } from '../ingest/reading';

/** One raw packet for packet_archive (the frame exactly as received, CRLF included). */
export type ArchivedPacket = { mn: string; qn: string | null; cn: string | null; raw: string };

export type IngestBatch = { readings: Reading[]; packets: ArchivedPacket[]; deviceIds: string[] };

/** Writes readings inside an open transaction; storeReadings (composed) or the fast path. */
export type ReadingsWriter = (db: Db, trx: Transaction<Database>, clock: Clock, readings: readonly Reading[]) => Promise<void>;

const ROWS_PER_INSERT = 500;

/**
 * A Db whose `transaction()` joins the transaction already open, so storeReadings (which opens its
 * own) runs inside ours: readings, rollup marks, alerts, archive and last-seen commit together.
 */
function joinTransaction(trx: Transaction<Database>, dialect: Db['dialect']): Db {
  const joined = Object.create(trx) as Db & { transaction: () => { execute: <T>(fn: (t: Kysely<Database>) => Promise<T>) => Promise<T> } };
  Object.defineProperty(joined, 'dialect', { value: dialect });
  Object.defineProperty(joined, 'transaction', { value: () => ({ execute: <T>(fn: (t: Kysely<Database>) => Promise<T>) => fn(trx) }) });
  return joined;
}

/** The reference writer: the module's own write path, unchanged. */
export const kyselyWriter: ReadingsWriter = async (db, trx, clock, readings) => {
  await storeReadings(joinTransaction(trx, db.dialect), clock, readings, 'hj212');
};

/**
 * Commits one gateway batch in ONE transaction: the readings (idempotent upsert by station,
 * parameter, period, period start), the raw packets into packet_archive and the devices'
 * last_seen_at. When this resolves every packet of the batch may be acknowledged; when it
 * throws, none was stored and none may be.
 */
export async function storeBatch(db: Db, clock: Clock, batch: IngestBatch, writer: ReadingsWriter = kyselyWriter): Promise<void> {
  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await writer(db, trx, clock, batch.readings);
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
