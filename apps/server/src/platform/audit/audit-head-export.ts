import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../../app-deps';
import { currentAuditAnchor, exportAuditHead } from './audit-anchor';

const EXPORT_EVERY_MS = 10 * 60_000;

/**
 * Exports the audit chain's head every ten minutes and at shutdown (docs/adr/0008): a signed JSON
 * line appended to the heads file and the same as a log line, so a copy leaves the host with the logs.
 */
export async function startAuditHeadExport(deps: AppDeps, log: FastifyBaseLogger): Promise<() => Promise<void>> {
  const anchor = currentAuditAnchor();
  const exportNow = async () => {
    try {
      const head = await exportAuditHead(deps.db, anchor, deps.clock);
      if (head) log.info({ auditHead: head, headsFile: anchor.headsFile ?? null }, 'audit head exported');
    } catch (err) {
      log.error({ err }, 'audit head export failed');
    }
  };
  await exportNow();
  const timer = setInterval(() => {
    void exportNow();
  }, EXPORT_EVERY_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await exportNow();
  };
}
