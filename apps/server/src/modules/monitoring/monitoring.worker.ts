import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { checkSilence } from './alerts/alerts.service';
import { drainDirtyRollups } from './rollups/rollup-drain';
import { RollupThread } from './rollups/rollup-thread';

export type MonitoringWorkerOptions = {
  rollupMs: number;
  silenceMs: number;
  /** SQLite: how long the rollup thread's connection waits for another writer's lock before it backs off; default 5000 ms */
  busyTimeoutMs?: number;
  /** SQLite: first back-off after the lock wait gave up, doubled per retry; default 100 ms */
  busyBackoffMs?: number;
};

/**
 * Background upkeep: drains the rollup queue every couple of seconds (so rollups follow the data
 * in batches) and checks for silent stations every minute. One tick at a time, never overlapping.
 * The drain never holds the event loop (docs/adr/0007): it runs in a worker thread with its own
 * connection (better-sqlite3 blocks its thread for every statement and lock wait; on PostgreSQL
 * the rows' JavaScript still cost the main thread up to 150 ms a turn), in short transactions.
 * Only an in-memory database (tests) drains on this thread, yielding between transactions.
 */
export async function startMonitoringWorker(
  deps: AppDeps,
  log: FastifyBaseLogger,
  opts: MonitoringWorkerOptions = { rollupMs: 2000, silenceMs: 60_000 },
) {
  const url = deps.config.databaseUrl;
  const busyBackoffMs = opts.busyBackoffMs ?? 100;
  // Only an in-memory SQLite database (tests) cannot be opened from another thread.
  const startThread = () =>
    new RollupThread({ databaseUrl: url, busyTimeoutMs: opts.busyTimeoutMs ?? 5000, busyBackoffMs }, log);
  let thread = url !== ':memory:' ? startThread() : null;
  const drain = async () => {
    if (!thread) return drainDirtyRollups(deps.db, deps.clock, log, { busyBackoffMs });
    // A thread that died (out of memory, a crash in a native module) is replaced, not retried forever.
    if (thread.isDead) {
      log.warn('rollup worker thread had stopped; starting a new one');
      await thread.close().catch(() => undefined);
      thread = startThread();
    }
    return thread.drain(deps.clock.now());
  };
  let busy = false;
  let lastSilence = 0;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      await drain().catch((err: unknown) => log.error({ err }, 'rollup drain failed'));
      // Silence alerts do not depend on the rollups: a failed drain must not switch them off.
      if (Date.now() - lastSilence >= opts.silenceMs) {
        lastSilence = Date.now();
        await checkSilence(deps);
      }
    } catch (err) {
      log.error({ err }, 'silence check failed');
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), opts.rollupMs);
  return async () => {
    clearInterval(timer);
    while (busy) await new Promise((r) => setTimeout(r, 20));
    await thread?.close();
  };
}
