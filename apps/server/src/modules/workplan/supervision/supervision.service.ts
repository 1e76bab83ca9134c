import { randomUUID } from 'node:crypto';
import { AppError, type Notice } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf, type AuditContext } from '../../../platform/audit/audit.service';
import {
  DEFAULT_ESCALATION,
  addWorkingDays,
  dueState,
  loadCalendar,
  nextEscalation,
  shanghaiDate,
  type WorkingCalendar,
} from '../../../platform/deadlines';
import { unitFor } from '../progress/progress.service';
import * as unitOrgs from '../shared/unit-orgs.repository';
import * as repo from '../shared/workplan.repository';
import { escalateNoticeFrom, insertNotice, openNotices, updateNotice } from './supervision.repository';
import { reachOf, type Reach } from '../shared/workplan-scope';

type History = Notice['history'];
type NoticeListRow = unitOrgs.NoticeListRow;

function toNotice(r: NoticeListRow, now: Date, cal: WorkingCalendar): Notice {
  return {
    id: r.id,
    itemId: r.item_id,
    itemTitle: r.item_title,
    unitId: r.unit_org_id,
    unitName: r.unit_name,
    reason: r.reason,
    level: r.level,
    replyDue: r.reply_due,
    dueState: r.state === 'open' ? dueState(r.reply_due, now, { calendar: cal }) : 'ok',
    state: r.state as Notice['state'],
    reply: r.reply,
    repliedAt: r.replied_at,
    issuedAt: r.issued_at,
    history: JSON.parse(r.history_json) as History,
  };
}

async function getNotice(deps: AppDeps, reach: Reach, id: string): Promise<Notice> {
  const row = (await unitOrgs.listNotices(deps.db, reach, {})).find((n) => n.id === id);
  if (!row) throw new AppError('NOTICE_NOT_FOUND', 'supervision notice not found');
  return toNotice(row, deps.clock.now(), await loadCalendar(deps.db));
}

/** Issues a supervision notice (督办单) on an item to one of its units, due in N working days. */
export async function issueNotice(
  deps: AppDeps,
  actor: Actor,
  { itemId, ...body }: { itemId: string; reason: string; unitId?: string | undefined; replyWorkingDays: number },
): Promise<Notice> {
  const { db, clock } = deps;
  const reach = await reachOf(db, actor);
  const item = await repo.findItem(db, itemId, reach);
  if (!item) throw new AppError('ITEM_NOT_FOUND', 'item not found');
  const units = await repo.unitsOfItem(db, itemId);
  const unitId = body.unitId ?? units.find((u) => u.role === 'lead')?.org_id;
  if (!unitId || !units.some((u) => u.org_id === unitId))
    throw new AppError('VALIDATION_FAILED', 'the notice must go to a lead or co-lead unit of the item', [
      { path: 'body.unitId', message: 'not a unit of the item' },
    ]);
  const now = clock.now();
  const replyDue = addWorkingDays(shanghaiDate(now), body.replyWorkingDays, await loadCalendar(db));
  const history: History = [{ at: now.toISOString(), level: 1, replyDue, event: 'issued' }];
  const row: repo.NoticeRow = {
    id: randomUUID(),
    item_id: itemId,
    unit_org_id: unitId,
    reason: body.reason,
    level: 1,
    reply_due: replyDue,
    state: 'open',
    reply: null,
    replied_at: null,
    replied_by: null,
    history_json: JSON.stringify(history),
    issued_by: actor.username,
    issued_at: now.toISOString(),
  };
  await db.transaction().execute(async (trx) => {
    await insertNotice(trx, row);
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'workplan.notice.issue',
      entityType: 'workplan_notice',
      entityId: row.id,
      after: row,
    });
  });
  return getNotice(deps, reach, row.id);
}

export async function listNotices(
  deps: AppDeps,
  actor: Actor,
  q: { itemId?: string | undefined; open?: boolean | undefined },
) {
  const rows = await unitOrgs.listNotices(deps.db, await reachOf(deps.db, actor), {
    itemId: q.itemId,
    openOnly: q.open,
  });
  const cal = await loadCalendar(deps.db);
  const items = rows.map((r) => toNotice(r, deps.clock.now(), cal));
  return { items, total: items.length };
}

/** The addressed unit (or a bureau above it) replies; the notice is then no longer escalated. */
export async function replyNotice(
  deps: AppDeps,
  actor: Actor,
  { id, reply }: { id: string; reply: string },
): Promise<Notice> {
  const { db, clock } = deps;
  const reach = await reachOf(db, actor);
  const before = await getNotice(deps, reach, id);
  await unitFor(db, reach, actor, before.unitId);
  if (before.state !== 'open') throw new AppError('CONFLICT', 'this notice has been answered already');
  const now = clock.now().toISOString();
  const history: History = [
    ...before.history,
    {
      at: now,
      level: before.level,
      replyDue: before.replyDue,
      event: before.dueState === 'overdue' ? 'replied late' : 'replied',
    },
  ];
  await db.transaction().execute(async (trx) => {
    await updateNotice(trx, id, {
      state: 'replied',
      reply,
      replied_at: now,
      replied_by: actor.username,
      history_json: JSON.stringify(history),
    });
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'workplan.notice.reply',
      entityType: 'workplan_notice',
      entityId: id,
      before: { state: before.state },
      after: { state: 'replied', reply },
    });
  });
  return getNotice(deps, reach, id);
}

const SYSTEM: AuditContext = { actorId: null, actorName: 'system', actorOrgId: null, requestId: null, ip: null };

/**
 * The escalation sweep: every open notice past its due day goes up one level (to 3 at most) with a
 * new due date from the shared deadline engine. Run by a supervisor, the CLI or a scheduler; idempotent within a day.
 */
export async function escalateNotices(deps: AppDeps, actor: Actor | null): Promise<{ escalated: number }> {
  const { db, clock } = deps;
  const cal = await loadCalendar(db);
  const now = clock.now();
  const open = await openNotices(db);
  let escalated = 0;
  for (const n of open) {
    const step = nextEscalation(
      { level: n.level, dueDate: n.reply_due, isResolved: false },
      now,
      cal,
      DEFAULT_ESCALATION,
    );
    if (!step) continue;
    const history: History = [
      ...(JSON.parse(n.history_json) as History),
      { at: now.toISOString(), level: step.level, replyDue: step.dueDate, event: `escalated to level ${step.level}` },
    ];
    await db.transaction().execute(async (trx) => {
      await escalateNoticeFrom(trx, n.id, n.level, {
        level: step.level,
        reply_due: step.dueDate,
        history_json: JSON.stringify(history),
      });
      await appendAudit(trx, clock, actor ? auditContextOf(actor) : SYSTEM, {
        action: 'workplan.notice.escalate',
        entityType: 'workplan_notice',
        entityId: n.id,
        before: { level: n.level, replyDue: n.reply_due },
        after: step,
      });
    });
    escalated++;
  }
  return { escalated };
}
