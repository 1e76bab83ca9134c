import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  AppError,
  type IssueSupervisionNoticeBody,
  type ProblemSummary,
  type SupervisionNotice,
  type SupervisionNoticeQuerySchema,
} from '@ecocloud/contracts';
import { constraintKind } from '../../../db/db-errors';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import { addWorkingDays, loadCalendar } from '../../../platform/deadlines';
import type { ServiceDeps } from '../../../platform/service-deps';
import { todayOf, viewNames } from '../ledger/ledger-context';
import { problemsInReach } from '../ledger/ledger.repository';
import { problemInReach } from '../ledger/problems.service';
import { toSummary } from '../ledger/problem-view';
import { insertNotice, noticesInReach, problemsWithOpenNotice, replyToOpenNotice } from './supervision.repository';
import { noticeNames, toNotice, type History } from './supervision-view';

const openAlready = () =>
  new AppError('RECTIFICATION_SUPERVISION_OPEN', 'the problem has an unanswered supervision notice');
const notFound = (id: string) => new AppError('RECTIFICATION_NOT_FOUND', `supervision notice ${id} not found`);

async function getNotice(deps: ServiceDeps, actor: Actor, id: string): Promise<SupervisionNotice> {
  const [row] = await noticesInReach(deps.db, actor, { ids: [id] });
  if (!row) throw notFound(id);
  return toNotice(row, await noticeNames(deps.db, deps.clock.now(), [row]), actor);
}

/**
 * Issues a supervision notice (督办通知) on a problem in reach to its rectifying unit (the problem's 整改实施主体),
 * level 1, the reply due in N working days of the platform calendar. One open notice per problem: a late
 * reply is escalated, not issued again. A closed problem needs none.
 */
export async function issueSupervisionNotice(
  deps: ServiceDeps,
  actor: Actor,
  problemId: string,
  body: IssueSupervisionNoticeBody,
): Promise<SupervisionNotice> {
  const problem = await problemInReach(deps, actor, problemId);
  if (problem.state === 'closed')
    throw new AppError('RECTIFICATION_STATE_CONFLICT', 'a closed problem is not supervised');
  if ((await problemsWithOpenNotice(deps.db, [problemId])).has(problemId)) throw openAlready();
  const now = deps.clock.now();
  const replyDue = addWorkingDays(todayOf(deps), body.replyWorkingDays, await loadCalendar(deps.db));
  const history: History = [{ at: now.toISOString(), event: 'issued', level: 1, replyDue }];
  const row = {
    id: randomUUID(),
    problem_id: problemId,
    org_id: problem.lead_org_id,
    reason: body.reason,
    level: 1,
    reply_due: replyDue,
    state: 'open',
    history: JSON.stringify(history),
    issued_by: actor.userId,
    issued_by_name: actor.displayName,
    issued_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
  await deps.db.transaction().execute(async (trx) => {
    await insertNotice(trx, row).catch((err: unknown) => {
      // Another officer issued one since the check above (the index keeps one open notice per problem).
      if (constraintKind(err) === 'unique') throw openAlready();
      throw err;
    });
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'rectification.supervision.issue',
      entityType: 'rectification_supervision_notice',
      entityId: row.id,
      after: { problemId, orgId: row.org_id, reason: body.reason, replyDue, level: 1 },
    });
  });
  return getNotice(deps, actor, row.id);
}

/** The notices of the problems in the caller's reach (a city sees its own and its counties'), the newest first. */
export async function listSupervisionNotices(
  deps: ServiceDeps,
  actor: Actor,
  q: z.infer<typeof SupervisionNoticeQuerySchema>,
): Promise<{ items: SupervisionNotice[]; total: number }> {
  const rows = await noticesInReach(deps.db, actor, {
    ...(q.problemId ? { problemId: q.problemId } : {}),
    ...(q.state ? { state: q.state } : {}),
  });
  const names = await noticeNames(deps.db, deps.clock.now(), rows);
  let items = rows.map((r) => toNotice(r, names, actor));
  if (q.overdue !== undefined)
    items = items.filter((n) => (n.state === 'open' && n.dueState === 'overdue') === q.overdue);
  return { items, total: items.length };
}

/** The rectifying unit (or an organisation above it) answers; a reply after the due day is recorded as late. */
export async function replySupervisionNotice(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  reply: string,
): Promise<SupervisionNotice> {
  const before = await getNotice(deps, actor, id);
  if (before.state !== 'open') throw new AppError('RECTIFICATION_SUPERVISION_REPLIED', 'the notice has been answered');
  if (!before.canReply) throw new AppError('FORBIDDEN', 'only the rectifying unit (or one above it) replies');
  const now = deps.clock.now().toISOString();
  const event = before.dueState === 'overdue' ? 'replied_late' : 'replied';
  const history: History = [...before.history, { at: now, event, level: before.level, replyDue: before.replyDue }];
  await deps.db.transaction().execute(async (trx) => {
    const changed = await replyToOpenNotice(trx, id, {
      state: 'replied',
      reply,
      replied_at: now,
      replied_by: actor.userId,
      replied_by_name: actor.displayName,
      history: JSON.stringify(history),
      updated_at: now,
    });
    if (!changed) throw new AppError('RECTIFICATION_SUPERVISION_REPLIED', 'the notice has been answered');
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'rectification.supervision.reply',
      entityType: 'rectification_supervision_notice',
      entityId: id,
      before: { state: before.state, level: before.level, replyDue: before.replyDue },
      after: { state: 'replied', reply, late: event === 'replied_late' },
    });
  });
  return getNotice(deps, actor, id);
}

/**
 * The overdue problems in reach (deadline passed, not done: 逾期, a rebounded one included) that have no open
 * notice: the ones still to supervise. Replied notices do not count: the problem is overdue again.
 */
export async function problemsNeedingNotice(
  deps: ServiceDeps,
  actor: Actor,
): Promise<{ items: ProblemSummary[]; total: number }> {
  const rows = await problemsInReach(deps.db, actor);
  const names = await viewNames(deps.db, todayOf(deps), rows);
  const overdue = rows.map((r) => toSummary(r, names)).filter((p) => p.isOverdue);
  const supervised = await problemsWithOpenNotice(
    deps.db,
    overdue.map((p) => p.id),
  );
  const items = overdue.filter((p) => !supervised.has(p.id)).sort((a, b) => a.deadline.localeCompare(b.deadline));
  return { items, total: items.length };
}
