import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf, type AuditContext } from '../../../platform/audit/audit.service';
import { DEFAULT_ESCALATION, loadCalendar, nextEscalation } from '../../../platform/deadlines';
import type { ServiceDeps } from '../../../platform/service-deps';
import { escalateNoticeFrom, noticesInReach } from './supervision.repository';
import type { History } from './supervision-view';

const SYSTEM: AuditContext = { actorId: null, actorName: 'system', actorOrgId: null, requestId: null, ip: null };

/**
 * The escalation sweep: every open notice in reach (`null`: all, the worker and the CLI) whose reply day has
 * passed goes up one level of the platform's policy (1 提醒 → 2 督办 → 3 约谈, DEFAULT_ESCALATION) with a new
 * reply day; at the top level it stays overdue. A notice whose problem has been closed is not raised. One step
 * per run and guarded by the level read, so a repeat within the day changes nothing.
 */
export async function escalateSupervisionNotices(
  deps: ServiceDeps,
  actor: Actor | null,
): Promise<{ escalated: number }> {
  const now = deps.clock.now();
  const [calendar, open] = await Promise.all([
    loadCalendar(deps.db),
    noticesInReach(deps.db, actor, { state: 'open' }),
  ]);
  let escalated = 0;
  for (const n of open) {
    const isResolved = n.problem_state === 'closed';
    const step = nextEscalation(
      { level: n.level, dueDate: n.reply_due, isResolved },
      now,
      calendar,
      DEFAULT_ESCALATION,
    );
    if (!step) continue;
    const history: History = [
      ...(JSON.parse(n.history) as History),
      { at: now.toISOString(), event: 'escalated', level: step.level, replyDue: step.dueDate },
    ];
    const raised = await deps.db.transaction().execute(async (trx) => {
      const changed = await escalateNoticeFrom(trx, n.id, n.level, {
        level: step.level,
        reply_due: step.dueDate,
        history: JSON.stringify(history),
        updated_at: now.toISOString(),
      });
      if (!changed) return 0;
      await appendAudit(trx, deps.clock, actor ? auditContextOf(actor) : SYSTEM, {
        action: 'rectification.supervision.escalate',
        entityType: 'rectification_supervision_notice',
        entityId: n.id,
        before: { level: n.level, replyDue: n.reply_due },
        after: { level: step.level, replyDue: step.dueDate },
      });
      return 1;
    });
    escalated += raised;
  }
  return { escalated };
}
