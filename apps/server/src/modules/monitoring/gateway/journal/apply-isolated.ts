import type { QuarantineReasonCode } from '@ecocloud/contracts';
import type { Kysely } from 'kysely';
import type { Db } from '../../../../db/database';
import type { Database } from '../../../../db/schema';
import type { Clock } from '../../../../platform/clock';
import type { Reading } from '../../ingest/reading';
import { quarantine } from '../../quarantine/quarantine.service';
import { writeBatch, type ArchivedPacket, type IngestBatch } from '../batch-store';
import { decodeBatchInto } from './journal-codec';
import { createSavepoint, releaseSavepoint, rollbackToSavepoint } from './savepoint.repository';

/** Quarantine reason of a journal row the database refused while applying (the reason names the database's error). */
const APPLY_REFUSED: QuarantineReasonCode = 'HJ212_APPLY_REFUSED';

/**
 * True for an error about the rows themselves, which no retry cures: PostgreSQL SQLSTATE class 22
 * (data exception: a value too long, out of range) or 23 (integrity: not null, foreign key),
 * SQLite's constraint, type and size errors. Everything else (a lost connection, a missing
 * table, a busy database) is the database's state: the entries wait in the journal and the apply
 * is retried. A missing observations partition is the writer's state too (partitions.repository.ts), not the row's.
 */
function isRowError(err: unknown): boolean {
  const { code, message } = (err ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code !== 'string') return false;
  if (typeof message === 'string' && message.includes('no partition of relation')) return false;
  return (
    /^2[23][0-9A-Z]{3}$/.test(code) ||
    code.startsWith('SQLITE_CONSTRAINT') ||
    code === 'SQLITE_MISMATCH' ||
    code === 'SQLITE_TOOBIG'
  );
}

let savepoints = 0;

/** Runs `write` under a savepoint; a row error rolls back to it and comes back, any other error is thrown. */
async function attempt(trx: Kysely<Database>, write: () => Promise<void>): Promise<unknown> {
  const name = `journal_apply_${++savepoints}`;
  await createSavepoint(trx, name);
  try {
    await write();
  } catch (err) {
    if (!isRowError(err)) throw err;
    await rollbackToSavepoint(trx, name);
    await releaseSavepoint(trx, name);
    return err;
  }
  await releaseSavepoint(trx, name);
  return null;
}

/** Writes `items`; when the database refuses them, halves until each refused item stands alone, and refuses that one. */
async function bisect<T>(
  trx: Kysely<Database>,
  items: T[],
  write: (part: T[]) => Promise<void>,
  refuse: (item: T, err: unknown) => Promise<void>,
): Promise<number> {
  if (items.length === 0) return 0;
  const err = await attempt(trx, () => write(items));
  if (err === null) return 0;
  if (items.length === 1) {
    await refuse(items[0] as T, err);
    return 1;
  }
  const mid = items.length >>> 1;
  return (await bisect(trx, items.slice(0, mid), write, refuse)) + (await bisect(trx, items.slice(mid), write, refuse));
}

/** Journal entries decoded into one batch to apply, and the texts that could not be decoded (with why). */
export type DecodedEntries = { batch: IngestBatch; undecodable: { text: string; error: unknown }[] };

/**
 * Decodes journal entries into one batch. An entry that is not a batch (written by hand, or
 * damaged) is set aside whole, never half added, so it cannot stop every later apply either.
 */
export function decodeEntries(texts: readonly string[]): DecodedEntries {
  const batch: IngestBatch = { readings: [], packets: [], deviceIds: [] };
  const undecodable: DecodedEntries['undecodable'] = [];
  for (const text of texts) {
    const at = [batch.readings.length, batch.packets.length, batch.deviceIds.length] as const;
    try {
      decodeBatchInto(text, batch);
    } catch (error) {
      batch.readings.length = at[0];
      batch.packets.length = at[1];
      batch.deviceIds.length = at[2];
      undecodable.push({ text, error });
    }
  }
  return { batch, undecodable };
}

/**
 * writeBatch for the journal applier, which must never wedge on a row the database refuses (a
 * value longer than its column got past the gateway's checks, or a row written into the journal
 * by hand): the batch is written whole under a savepoint; when the database refuses a row, the
 * readings and then the packets are written in halves, down to single rows, and each row refused
 * on its own goes to quarantine with the database's error. All of it stays in the caller's
 * transaction, which also removes the entries from the journal: every row is applied or
 * quarantined exactly once. Entries that could not be decoded are quarantined whole. Returns the
 * rows and entries quarantined.
 */
export async function writeJournalBatch(
  db: Db,
  trx: Kysely<Database>,
  clock: Clock,
  { batch, undecodable }: DecodedEntries,
): Promise<number> {
  for (const u of undecodable) {
    await quarantine(trx, clock, {
      source: 'hj212',
      remote: 'ingest journal',
      mn: null,
      reasonCode: APPLY_REFUSED,
      reason: `a journal entry that is not a batch: ${(u.error as Error).message}`,
      raw: Buffer.from(u.text),
    });
  }
  if ((await attempt(trx, () => writeBatch(db, trx, clock, batch))) === null) return undecodable.length;
  const refuse =
    (what: string, mn: string | null, raw: string) =>
    async (err: unknown): Promise<void> => {
      await quarantine(trx, clock, {
        source: 'hj212',
        remote: 'ingest journal',
        mn,
        reasonCode: APPLY_REFUSED,
        reason: `the database refused ${what}: ${(err as Error).message}`,
        raw: Buffer.from(raw),
      });
    };
  let refused = undecodable.length;
  refused += await bisect<Reading>(
    trx,
    batch.readings,
    (readings) => writeBatch(db, trx, clock, { readings, packets: [], deviceIds: [] }),
    (r, err) => refuse(`a reading of station ${r.stationId}`, null, JSON.stringify(r))(err),
  );
  refused += await bisect<ArchivedPacket>(
    trx,
    batch.packets,
    (packets) => writeBatch(db, trx, clock, { readings: [], packets, deviceIds: [] }),
    (p, err) => refuse('an archived packet', p.mn, p.raw ?? '')(err),
  );
  await writeBatch(db, trx, clock, { readings: [], packets: [], deviceIds: batch.deviceIds });
  return refused;
}
