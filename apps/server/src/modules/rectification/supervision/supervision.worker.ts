import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../../../app-deps';
import { escalateSupervisionNotices } from './escalation.service';

/**
 * Escalates late supervision notices without anyone pressing a button: once at start, then hourly (the sweep
 * raises a notice once per missed reply day, so repeats within a day change nothing).
 */
export async function startSupervisionWorker(deps: AppDeps, log: FastifyBaseLogger, everyMs = 3_600_000) {
  const run = () =>
    escalateSupervisionNotices(deps, null).then(
      ({ escalated }) => {
        if (escalated) log.info({ escalated }, 'rectification supervision notices escalated');
      },
      (err: unknown) => log.error({ err }, 'rectification notice escalation failed'),
    );
  void run();
  const timer = setInterval(() => void run(), everyMs);
  return async () => clearInterval(timer);
}
