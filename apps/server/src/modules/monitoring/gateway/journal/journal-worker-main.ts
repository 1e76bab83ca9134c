import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { createDb } from '../../../../db/database';
import { systemClock } from '../../../../platform/clock';
import { FileJournal } from './file-journal';
import { APPLY_SQLITE_CACHE_MIB } from './journal-applier';
import { TableJournal } from './table-journal.repository';
import type { JournalRequest, JournalResponse, JournalWorkerData } from './journal-worker';

// One thread per role: the writer's short appends never queue behind the applier's long transactions.
const { databaseUrl, journalPath, role } = workerData as JournalWorkerData;
// On Linux a priority set with pid 0 applies to the calling thread only: this worker, not the
// socket thread. Applying is throughput work; it may wait while acknowledgements go out.
if (role === 'apply') {
  try {
    setPriority(10);
  } catch {
    // not permitted here (some containers): run at normal priority
  }
}
const db = createDb(databaseUrl, role === 'apply' ? { sqliteCacheMiB: APPLY_SQLITE_CACHE_MIB } : {});
const journal =
  journalPath === null ? new TableJournal(db, systemClock) : new FileJournal(journalPath, db, systemClock);
const port = parentPort!;

port.postMessage({ id: 0, rows: 0 } satisfies JournalResponse); // ready

/** The appending thread prunes applied entries at most this often. */
const PRUNE_EVERY_MS = 1000;
let prunedAt = 0;

async function handle(req: JournalRequest): Promise<number> {
  switch (req.op) {
    case 'append':
      await journal.appendEncoded(req.receivedAt, req.rows, req.text);
      return 0;
    case 'apply':
      return journal.applyOnce(req.maxRows);
    case 'close':
      await journal.close();
      await db.destroy();
      return 0;
  }
}

let queue = Promise.resolve();
port.on('message', (req: JournalRequest) => {
  queue = queue.then(async () => {
    try {
      port.postMessage({ id: req.id, rows: await handle(req) } satisfies JournalResponse);
    } catch (err) {
      port.postMessage({
        id: req.id,
        error: err instanceof Error ? (err.stack ?? err.message) : String(err),
      } satisfies JournalResponse);
    }
    if (req.op === 'close') port.close();
    else if (req.op === 'append' && Date.now() - prunedAt >= PRUNE_EVERY_MS) {
      prunedAt = Date.now();
      // After the reply, so no acknowledgement waits for it; a failure is retried at the next append.
      await journal.prune().catch(() => {
        prunedAt = 0;
      });
    }
  });
});
