import { randomUUID } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';
import type { Db } from '../../../../db/database';
import type { Clock } from '../../../../platform/clock';
import type { IngestBatch } from '../batch-store';
import { decodeEntries, writeJournalBatch } from './apply-isolated';
import type { IngestJournal } from './ingest-journal';
import { appliedUptoOf, recordApplied } from './journal-applied.repository';
import { batchRows, encodeBatch } from './journal-codec';

/** The sidecar file beside a SQLite database file. */
export const journalPathOf = (dbPath: string): string => `${dbPath}.ingest`;

/**
 * The journal of a SQLite file database, in a sidecar SQLite file of its own: appends lock only
 * this file, so acknowledging never waits for a long apply transaction on the main file (SQLite
 * has one writer per file). The main database records how far this journal (named by a random
 * id kept in the file) has been applied, in the same transaction as the applied data: exactly once.
 * One thread appends (and prunes) and another applies, each with its own connections (journal-worker.ts).
 */
export class FileJournal implements IngestJournal {
  private readonly file: SqliteDatabase.Database;
  readonly journalId: string;
  private readonly insert: SqliteDatabase.Statement;

  constructor(
    path: string,
    private readonly db: Db,
    private readonly clock: Clock,
  ) {
    this.file = new SqliteDatabase(path);
    this.file.pragma('journal_mode = WAL');
    // Every append is an acknowledgement promise: synced to disk, not only to the OS cache.
    this.file.pragma('synchronous = FULL');
    this.file.pragma('busy_timeout = 5000');
    this.file
      .exec(`create table if not exists journal (id integer primary key autoincrement, received_at text not null, rows integer not null, batch text not null);
      create table if not exists meta (key text primary key, value text not null);
      insert into meta (key, value) values ('journal_id', '${randomUUID()}') on conflict (key) do nothing;`);
    this.journalId = (
      this.file.prepare(`select value from meta where key = 'journal_id'`).get() as { value: string }
    ).value;
    this.insert = this.file.prepare('insert into journal (received_at, rows, batch) values (?, ?, ?)');
  }

  async append(batch: IngestBatch): Promise<void> {
    this.appendEncoded(this.clock.now().toISOString(), batchRows(batch), encodeBatch(batch));
  }

  /** Appends a batch already encoded (by the gateway's thread, for a writer thread); durable on return. */
  appendEncoded(receivedAt: string, rows: number, text: string): void {
    this.insert.run(receivedAt, rows, text);
  }

  private appliedUpto(): Promise<number> {
    return appliedUptoOf(this.db, this.journalId);
  }

  async applyOnce(maxRows: number): Promise<number> {
    const after = await this.appliedUpto();
    const heads = this.file.prepare('select id, rows from journal where id > ? order by id limit 1000').all(after) as {
      id: number;
      rows: number;
    }[];
    let last = after;
    let rows = 0;
    for (const e of heads) {
      if (last > after && rows + e.rows > maxRows) break;
      last = e.id;
      rows += e.rows;
    }
    if (last === after) return 0;
    const entries = this.file
      .prepare('select received_at, batch from journal where id > ? and id <= ? order by id')
      .all(after, last) as { received_at: string; batch: string }[];
    const decoded = decodeEntries(entries.map((e) => e.batch));
    const newest = entries[entries.length - 1]?.received_at ?? this.clock.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await writeJournalBatch(this.db, trx, { now: () => new Date(newest) }, decoded);
      await recordApplied(trx, this.journalId, last, newest);
    });
    return rows;
  }

  /**
   * Deletes entries the main database records as applied. Called by the appending thread: the
   * journal then has one writing connection, and appends never wait in SQLite's busy back-off
   * (which sleeps up to 100 ms) for another thread's delete. Entries left by a crash before a
   * prune are skipped by applyOnce, so pruning late is harmless.
   */
  async prune(): Promise<void> {
    this.file.prepare('delete from journal where id <= ?').run(await this.appliedUpto());
  }

  async pendingRowsAtOpen(): Promise<number> {
    const r = this.file
      .prepare('select coalesce(sum(rows), 0) as rows from journal where id > ?')
      .get(await this.appliedUpto()) as { rows: number };
    return r.rows;
  }

  async close(): Promise<void> {
    this.file.close();
  }
}
