import { parentPort, workerData } from 'node:worker_threads';
import { createDb } from '../../../../db/database';
import { systemClock } from '../../../../platform/clock';
import { FileJournal } from './file-journal';
import type { JournalRequest, JournalResponse, JournalWorkerData } from './journal-worker';

// One thread per role: the writer's short appends never queue behind the applier's long transactions.
const { databaseUrl, journalPath } = workerData as JournalWorkerData;
const db = createDb(databaseUrl);
const journal = new FileJournal(journalPath, db, systemClock);
const port = parentPort!;

port.postMessage({ id: 0, rows: 0 } satisfies JournalResponse); // ready

let queue = Promise.resolve();
port.on('message', (req: JournalRequest) => {
  queue = queue.then(async () => {
    try {
      let rows = 0;
      if (req.op === 'append') journal.appendEncoded(req.receivedAt, req.rows, req.text);
      else if (req.op === 'apply') rows = await journal.applyOnce(req.maxRows);
      else {
        await journal.close();
        await db.destroy();
      }
      port.postMessage({ id: req.id, rows } satisfies JournalResponse);
      if (req.op === 'close') port.close();
    } catch (err) {
      port.postMessage({ id: req.id, error: err instanceof Error ? err.stack ?? err.message : String(err) } satisfies JournalResponse);
    }
  });
});
