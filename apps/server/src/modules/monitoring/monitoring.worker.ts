import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { checkSilence } from './alerts/alerts.service';
import { processDirtyRollups } from './rollups/rollup.service';

/**
 * Background upkeep: drains the rollup queue every couple of seconds (so rollups follow the data
 * in batches) and checks for silent stations every minute. One tick at a time, never overlapping.
 */
export async function startMonitoringWorker(deps: AppDeps, log: FastifyBaseLogger, opts = { rollupMs: 2000, silenceMs: 60_000 }) {
  let busy = false;
  let lastSilence = 0;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      while ((await processDirtyRollups(deps.db, deps.clock, 200)) === 200);
      if (Date.now() - lastSilence >= opts.silenceMs) {
        lastSilence = Date.now();
        await checkSilence(deps.db, deps.clock);
      }
    } catch (err) {
      log.error({ err }, 'monitoring worker tick failed');
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => void tick(), opts.rollupMs);
  return async () => {
    clearInterval(timer);
    while (busy) await new Promise((r) => setTimeout(r, 20));
  };
}
