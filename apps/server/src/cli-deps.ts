import type { AppDeps } from './app-deps';
import { loadConfig } from './config';
import { createDb } from './db/database';
import { prepareDatabase } from './platform/bootstrap';
import { systemClock } from './platform/clock';

/** For a one-shot command: opens and prepares the configured database, runs `fn`, always closes it. */
export async function withDeps<T>(fn: (deps: AppDeps) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = createDb(config.databaseUrl);
  try {
    const deps = { db, config, clock: systemClock };
    await prepareDatabase(deps);
    return await fn(deps);
  } finally {
    await db.destroy();
  }
}
