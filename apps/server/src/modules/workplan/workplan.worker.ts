import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { escalateNotices } from './supervision/supervision.service';

/**
 * Escalates overdue supervision notices without anyone pressing a button: once at start and then
 * hourly (escalation is idempotent per level and due date, so repeats within a day change nothing).
 */
export async function startWorkplanWorker(deps: AppDeps, log: FastifyBaseLogger, everyMs = 3_600_000) {
  const run = () =>
    escalateNotices(deps, null).then(
      ({ escalated }) => {
        if (escalated) log.info({ escalated }, 'supervision notices escalated');
      },
      (err: unknown) => log.error({ err }, 'notice escalation failed'),
    );
  void run();
  const timer = setInterval(() => void run(), everyMs);
  return async () => clearInterval(timer);
}
