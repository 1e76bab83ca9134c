import { sql } from 'kysely';
import type { Db } from '../../../../db/database';
import type { Clock } from '../../../../platform/clock';
import type { IngestBatch } from '../batch-store';
import { decodeEntries, writeJournalBatch } from './apply-isolated';
import type { IngestJournal } from './ingest-journal';
import { batchRows, encodeBatch } from './journal-codec';

/**
 * The journal as a table of the main database (PostgreSQL, and in-memory SQLite in tests).
 * Applying and deleting happen in one transaction, so an entry is applied exactly once; on
 * PostgreSQL `for update skip locked` lets several gateway processes apply side by side.
 */
export class TableJournal implements IngestJournal {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async append(batch: IngestBatch): Promise<void> {
    await this.appendEncoded(this.clock.now().toISOString(), batchRows(batch), encodeBatch(batch));
  }

  /** Appends a batch already encoded; committed on return. */
  async appendEncoded(receivedAt: string, rows: number, text: string): Promise<void> {
    await this.db.insertInto('ingest_journal').values({ received_at: receivedAt, rows, batch: text }).execute();
  }

  /** Nothing to do: applied entries are deleted in the applying transaction. */
  async prune(): Promise<void> {}

  async applyOnce(maxRows: number): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      let head = trx.selectFrom('ingest_journal').select(['id', 'rows']).orderBy('id').limit(1000);
      if (this.db.dialect === 'postgres') head = head.modifyEnd(sql`for update skip locked`);
      const ids: number[] = [];
      let rows = 0;
      for (const e of await head.execute()) {
        if (ids.length > 0 && rows + e.rows > maxRows) break;
        ids.push(e.id);
        rows += e.rows;
      }
      if (ids.length === 0) return 0;
      const entries = await trx
        .selectFrom('ingest_journal')
        .select(['received_at', 'batch'])
        .where('id', 'in', ids)
        .orderBy('id')
        .execute();
      const decoded = decodeEntries(entries.map((e) => e.batch));
      const newest = entries[entries.length - 1]?.received_at ?? this.clock.now().toISOString();
      await writeJournalBatch(this.db, trx, { now: () => new Date(newest) }, decoded);
      await trx.deleteFrom('ingest_journal').where('id', 'in', ids).execute();
      return rows;
    });
  }

  async pendingRowsAtOpen(): Promise<number> {
    const r = await this.db
      .selectFrom('ingest_journal')
      .select((eb) => eb.fn.sum<number>('rows').as('rows'))
      .executeTakeFirst();
    return Number(r?.rows ?? 0);
  }

  async close(): Promise<void> {}
}
