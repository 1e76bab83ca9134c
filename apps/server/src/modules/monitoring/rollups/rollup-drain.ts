import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Clock } from '../../../platform/clock';
import { processDirtyRollups } from './rollup.service';

export type DrainLog = { warn(obj: object, msg: string): void };

export type DrainOptions = {
  /** station-days per transaction; default 50 */
  batch?: number;
  /** first wait after SQLITE_BUSY, doubled per retry; default 100 ms */
  busyBackoffMs?: number;
  /** tries of one batch while the database is locked; default 8 (about 25 s of back-off, plus each try's busy_timeout) */
  busyTries?: number;
  /** called after each batch with the station-days recomputed so far (a CLI's progress line) */
  onBatch?: (done: number) => void;
};

/** SQLite's answer when another connection (the journal applier, an import) holds the write lock past busy_timeout. */
const isSqliteBusy = (err: unknown): boolean => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') : false;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Drains the rollup queue in small transactions, giving the event loop a turn between them, so
 * a large queue (after a 100,000-row import) never holds the thread or SQLite's write lock for
 * long. A batch that finds the database locked is retried with a growing back-off, logged as a
 * warning: under gateway load the journal applier holds SQLite's write lock for up to a few
 * seconds at a time, which is expected, not an error. Only a batch still locked out after
 * `busyTries` throws. Returns the station-days recomputed.
 */
export async function drainDirtyRollups(
  db: Kysely<Database>,
  clock: Clock,
  log: DrainLog,
  options: DrainOptions = {},
): Promise<number> {
  const batch = options.batch ?? 50;
  const tries = options.busyTries ?? 8;
  let done = 0;
  for (;;) {
    let n = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        n = await processDirtyRollups(db, clock, batch);
        break;
      } catch (err) {
        if (!isSqliteBusy(err) || attempt >= tries) throw err;
        const waitMs = (options.busyBackoffMs ?? 100) * 2 ** (attempt - 1);
        log.warn({ attempt, waitMs }, 'rollups: the database is locked by another writer; retrying');
        await sleep(waitMs);
      }
    }
    done += n;
    options.onBatch?.(done);
    if (n < batch) return done;
    await yieldToEventLoop();
  }
}
