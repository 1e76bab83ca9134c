import { isPostgresUrl } from '../../../../db/database';
import type { AppDeps } from '../../../../app-deps';
import type { GatewayLog } from '../gateway-log';
import { FileJournal, journalPathOf } from './file-journal';
import type { IngestJournal } from './ingest-journal';
import { JournalApplier, type JournalApplierOptions } from './journal-applier';
import { batchRows, encodeBatch } from './journal-codec';
import { JournalWorker } from './journal-worker';
import { TableJournal } from './table-journal.repository';

export type JournalOptions = JournalApplierOptions;

/**
 * The journal that fits the database. A SQLite file gets a sidecar file with two worker
 * threads, one appending (each append waits for the disk) and one applying. PostgreSQL gets a
 * table, appended from this thread (the driver waits asynchronously) and applied from a worker
 * thread. In-memory SQLite (tests) keeps the table in this thread: no other thread can see it.
 * Entries left by an earlier run start draining at once.
 */
export async function openJournal(
  deps: AppDeps,
  log: GatewayLog,
  options: JournalOptions = {},
): Promise<{ journal: IngestJournal; applier: JournalApplier }> {
  const { db, clock, config } = deps;
  const url = config.databaseUrl;
  const isFile = db.dialect === 'sqlite' && url !== ':memory:' && !isPostgresUrl(url);
  const journal: IngestJournal = isFile
    ? await threadedFileJournal(deps, url)
    : isPostgresUrl(url)
      ? await tableJournalAppliedByWorker(deps, url)
      : new TableJournal(db, clock);
  const applier = new JournalApplier(journal, log, options);
  const left = await journal.pendingRowsAtOpen();
  if (left > 0) {
    log.info({ rows: left }, 'HJ 212 ingest journal: applying entries left by an earlier run');
    applier.noteAppended(left);
  }
  return { journal, applier };
}

/** The sidecar journal driven from two worker threads; closing it stops both. */
async function threadedFileJournal({ db, clock }: AppDeps, url: string): Promise<IngestJournal> {
  const data = { databaseUrl: url, journalPath: journalPathOf(url) };
  const probe = new FileJournal(data.journalPath, db, clock);
  const left = await probe.pendingRowsAtOpen();
  await probe.close();
  const writer = new JournalWorker({ ...data, role: 'append' });
  const applier = new JournalWorker({ ...data, role: 'apply' });
  await Promise.all([writer.ready, applier.ready]); // no packet is accepted before it can be journaled
  return {
    append: async (batch) => {
      await writer.call({
        op: 'append',
        receivedAt: clock.now().toISOString(),
        rows: batchRows(batch),
        text: encodeBatch(batch),
      });
    },
    applyOnce: (maxRows) => applier.call({ op: 'apply', maxRows }),
    pendingRowsAtOpen: async () => left,
    close: async () => {
      await Promise.all([writer.close(), applier.close()]);
    },
  };
}

/** The journal table, appended here and applied by a worker thread; closing it stops the worker. */
async function tableJournalAppliedByWorker({ db, clock }: AppDeps, url: string): Promise<IngestJournal> {
  const table = new TableJournal(db, clock);
  const applier = new JournalWorker({ databaseUrl: url, journalPath: null, role: 'apply' });
  await applier.ready;
  return {
    append: (batch) => table.append(batch),
    applyOnce: (maxRows) => applier.call({ op: 'apply', maxRows }),
    pendingRowsAtOpen: () => table.pendingRowsAtOpen(),
    close: () => applier.close(),
  };
}
