import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../../../app-deps';
import { shanghaiDate } from '../../../platform/time-zone';
import { refreshCityDays, startCityDaysWorker } from '../air/city-days.worker';
import { recordRadiationFindings } from '../media/media.service';
import { previousMonth } from '../periods';
import { drainJobs, enqueueBulletin } from './jobs.service';

const TICK_MS = 10 * 60_000;

/**
 * One scheduler tick: on the 1st (Shanghai day) queue last month's province bulletin (once: the
 * dedupe key is unique across processes), run queued jobs, and record radiation findings.
 */
export async function schedulerTick(deps: AppDeps): Promise<void> {
  const today = shanghaiDate(deps.clock.now().toISOString());
  if (today.endsWith('-01')) {
    const month = previousMonth(today);
    await enqueueBulletin(deps, { month }, null, `air-bulletin|${month}|province`);
  }
  // Bulletins rank from the city days: bring them up to date with the rollups first.
  await refreshCityDays(deps.db);
  await drainJobs(deps);
  await recordRadiationFindings(deps.db, deps.clock);
}

/**
 * Starts the in-process scheduler and the city-days worker; returns their stopper. The timers do not
 * keep the process alive.
 */
export function startAssessmentScheduler(deps: AppDeps, log?: FastifyBaseLogger): () => void {
  const stopCityDays = startCityDaysWorker(deps.db, log);
  let isRunning = false;
  const timer = setInterval(() => {
    if (isRunning) return;
    isRunning = true;
    schedulerTick(deps)
      .catch((err: unknown) => log?.error({ err }, 'assessment scheduler tick failed'))
      .finally(() => {
        isRunning = false;
      });
  }, TICK_MS);
  timer.unref();
  return () => {
    clearInterval(timer);
    stopCityDays();
  };
}

/** Runs queued jobs soon, outside the request (the POST answers 202 at once). */
export function kickJobs(deps: AppDeps, log?: FastifyBaseLogger): void {
  setImmediate(() => {
    drainJobs(deps).catch((err: unknown) => log?.warn({ err }, 'assessment job run failed'));
  });
}
