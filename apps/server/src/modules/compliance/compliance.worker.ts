import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { judgeEndedHours } from './judge/judge.service';

/**
 * Judges the outlets' hours as they end: at start and then every few minutes, each outlet's hours since
 * its last judged one (at most 48 back). Minutes that arrive late for an hour already judged are picked up
 * by `ecocloud compliance judge` over that range. One run at a time: a slow run is never overlapped.
 */
export async function startComplianceWorker(deps: AppDeps, log: FastifyBaseLogger, everyMs = 5 * 60_000) {
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = judgeEndedHours(deps)
      .then(
        (s) => {
          if (s.hours) log.info(s, 'compliance hours judged');
        },
        (err: unknown) => log.error({ err }, 'compliance judgement failed'),
      )
      .finally(() => {
        running = null;
      });
  };
  run();
  const timer = setInterval(run, everyMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
