import { parentPort, workerData } from 'node:worker_threads';
import { createDb } from '../../../db/database';
import { drainDirtyRollups } from './rollup-drain';
import type { RollupRequest, RollupResponse, RollupThreadData } from './rollup-thread';
import { setBusyTimeout } from './rollups.repository';

const { databaseUrl, busyTimeoutMs, busyBackoffMs } = workerData as RollupThreadData;
const db = createDb(databaseUrl);
// This connection waits for SQLite's lock in this thread, not the server's; the drain retries after it.
await setBusyTimeout(db, busyTimeoutMs);
const port = parentPort!;
const log = {
  warn: (obj: object, msg: string) => port.postMessage({ log: 'warn', obj, msg } satisfies RollupResponse),
};

let queue = Promise.resolve();
port.on('message', (req: RollupRequest) => {
  queue = queue.then(async () => {
    try {
      if (req.op === 'close') {
        await db.destroy();
        port.postMessage({ id: req.id, done: 0 } satisfies RollupResponse);
        port.close();
        return;
      }
      // The caller's clock (tests fake it), running on from the request as the drain goes.
      const offset = Date.parse(req.now) - Date.now();
      const done = await drainDirtyRollups(db, { now: () => new Date(Date.now() + offset) }, log, { busyBackoffMs });
      port.postMessage({ id: req.id, done } satisfies RollupResponse);
    } catch (err) {
      port.postMessage({
        id: req.id,
        error: err instanceof Error ? (err.stack ?? err.message) : String(err),
      } satisfies RollupResponse);
    }
  });
});
