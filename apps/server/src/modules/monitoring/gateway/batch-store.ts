import type { Kysely } from 'kysely';
import type { Db } from '../../../db/database';
import type { Database } from '../../../db/schema';
import type { Clock } from '../../../platform/clock';
import { timeOrderedId } from '../../../platform/ids/time-ordered-id';
import type { Reading } from '../ingest/reading';
import { writeReadings } from '../ingest/write-readings';
import { archivedPackets, insertPackets, markDevicesSeen } from './packet-archive.repository';

/** One raw packet for packet_archive (the frame exactly as received, CRLF included). */
export type ArchivedPacket = { mn: string; qn: string | null; cn: string | null; raw: string };

export type IngestBatch = { readings: Reading[]; packets: ArchivedPacket[]; deviceIds: string[] };

const ROWS_PER_INSERT = 500;

/**
 * The packets not archived yet: a logger that missed its 9014 sends the same bytes again (same MN,
 * QN and content), and the archive keeps one copy. Duplicates within the batch are dropped here;
 * earlier copies are looked up by (mn, qn) (index of migration 0007). A packet with the same QN
 * and other content is kept: it is not a re-send. Packets without a QN (HJ/T 212-2005) are only
 * compared within the batch.
 */
async function packetsToArchive(trx: Kysely<Database>, packets: readonly ArchivedPacket[]): Promise<ArchivedPacket[]> {
  const key = (mn: string, qn: string | null, raw: string) => `${mn}\u0000${qn ?? ''}\u0000${raw}`;
  const fresh = new Map<string, ArchivedPacket>();
  for (const p of packets) fresh.set(key(p.mn, p.qn, p.raw), p);
  const withQn = [...fresh.values()].filter((p) => p.qn !== null);
  for (let i = 0; i < withQn.length; i += ROWS_PER_INSERT) {
    const chunk = withQn.slice(i, i + ROWS_PER_INSERT);
    const archived = await archivedPackets(
      trx,
      chunk.map((p) => ({ mn: p.mn, qn: p.qn as string })),
    );
    for (const a of archived) fresh.delete(key(a.mn, a.qn, a.raw));
  }
  return [...fresh.values()];
}

/**
 * Writes one gateway batch inside the caller's transaction: the readings through the one write
 * path (idempotent upsert by station, parameter, period, period start), the raw packets into
 * packet_archive once each (time-ordered ids, so the archive grows at its right edge) and the
 * devices' last_seen_at.
 */
export async function writeBatch(db: Db, trx: Kysely<Database>, clock: Clock, batch: IngestBatch): Promise<void> {
  const now = clock.now().toISOString();
  await writeReadings(db, trx, clock, batch.readings, 'hj212');
  const packets = await packetsToArchive(trx, batch.packets);
  for (let i = 0; i < packets.length; i += ROWS_PER_INSERT) {
    const rows = packets
      .slice(i, i + ROWS_PER_INSERT)
      .map((p) => ({ id: timeOrderedId(), received_at: now, mn: p.mn, qn: p.qn, cn: p.cn, raw: p.raw }));
    await insertPackets(trx, rows);
  }
  const ids = [...new Set(batch.deviceIds)];
  for (let i = 0; i < ids.length; i += ROWS_PER_INSERT) {
    await markDevicesSeen(trx, ids.slice(i, i + ROWS_PER_INSERT), now);
  }
}

/** writeBatch in its own transaction: when this resolves the whole batch is stored, when it throws none of it is. */
export async function storeBatch(db: Db, clock: Clock, batch: IngestBatch): Promise<void> {
  await db.transaction().execute((trx) => writeBatch(db, trx, clock, batch));
}
