import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError, type Report, type SubmitReportBody } from '@ecocloud/contracts';
import type { AppDeps } from '../../app-deps';
import type { Database } from '../../db/schema';
import type { Actor } from '../../http/actor';
import { appendAudit, auditContextOf } from '../../platform/audit/audit.service';
import {
  addCalendarDays,
  dueState,
  loadCalendar,
  nextWorkingDay,
  shanghaiDate,
  type WorkingCalendar,
} from '../../platform/deadlines';
import { loadPlanView } from './item-view';
import * as repo from './workplan.repository';
import { canActFor, reachOf, type Reach } from './workplan-scope';

export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

const toRound = (r: repo.RoundRow) => ({
  id: r.id,
  planId: r.plan_id,
  label: r.label,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  dueDate: r.due_date,
});

/** Monthly reporting rounds for the plan year: month M is due on `dueDay` of month M+1, moved to a working day. Skips existing ones. */
export async function insertMonthlyRounds(
  trx: Kysely<Database>,
  plan: repo.PlanRow,
  dueDay: number,
  cal: WorkingCalendar,
): Promise<void> {
  const existing = new Set((await repo.roundsOfPlan(trx, plan.id)).map((r) => r.label));
  for (let m = 1; m <= 12; m++) {
    const label = `${plan.year}-${String(m).padStart(2, '0')}`;
    if (existing.has(label)) continue;
    const next = m === 12 ? `${plan.year + 1}-01` : `${plan.year}-${String(m + 1).padStart(2, '0')}`;
    const row = {
      id: randomUUID(),
      plan_id: plan.id,
      label,
      period_start: `${label}-01`,
      period_end: addCalendarDays(`${next}-01`, -1),
      due_date: nextWorkingDay(`${next}-${String(dueDay).padStart(2, '0')}`, cal),
    };
    await trx.insertInto('workplan_rounds').values(row).execute();
  }
}

export async function createMonthlyRounds(deps: AppDeps, actor: Actor, planId: string, dueDay: number) {
  const plan = await repo.findPlan(deps.db, planId);
  if (!plan) throw new AppError('PLAN_NOT_FOUND', 'plan not found');
  const cal = await loadCalendar(deps.db);
  await deps.db.transaction().execute(async (trx) => {
    await insertMonthlyRounds(trx, plan, dueDay, cal);
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'workplan.rounds.create',
      entityType: 'workplan_plan',
      entityId: planId,
      after: { frequency: 'monthly', dueDay },
    });
  });
  return listRounds(deps, planId);
}

export async function listRounds({ db }: AppDeps, planId: string) {
  const items = (await repo.roundsOfPlan(db, planId)).map(toRound);
  return { items, total: items.length };
}

/** The unit a caller reports or replies for: one it may act for (its own organisation or below). */
export async function unitFor(db: Kysely<Database>, reach: Reach, actor: Actor, unitId: string | undefined) {
  const unit = await repo.findOrgById(db, unitId ?? actor.orgId);
  if (!unit || !canActFor(reach, unit))
    throw new AppError('UNIT_NOT_FOUND', 'unit not found in your scope', [
      { path: 'body.unitId', message: 'not found in your scope' },
    ]);
  return unit;
}

/**
 * The units answerable for an item: its lead and co-lead units, or, for an item without units (a
 * measure under a task), those of its nearest ancestor that has some.
 */
async function responsibleUnitIds(db: Kysely<Database>, item: repo.ItemRow): Promise<string[]> {
  for (let id: string | null = item.id; id !== null;) {
    const units = await db.selectFrom('workplan_item_units').select('org_id').where('item_id', '=', id).execute();
    if (units.length) return units.map((u) => u.org_id);
    const row: { parent_id: string | null } | undefined = await db
      .selectFrom('workplan_items')
      .select('parent_id')
      .where('id', '=', id)
      .executeTakeFirst();
    id = row?.parent_id ?? null;
  }
  return [];
}

/** A unit's progress report on an item for a round; a report after the round's due day is flagged late. Resubmitting replaces it. */
export async function submitReport(
  deps: AppDeps,
  actor: Actor,
  itemId: string,
  body: SubmitReportBody,
): Promise<Report> {
  const { db, clock } = deps;
  const reach = await reachOf(db, actor);
  const item = await repo.findItem(db, itemId, reach);
  if (!item) throw new AppError('ITEM_NOT_FOUND', 'item not found');
  const round = await repo.findRound(db, body.roundId);
  if (!round || round.plan_id !== item.plan_id)
    throw new AppError('ROUND_NOT_FOUND', 'reporting round not found for this plan', [
      { path: 'body.roundId', message: 'not found for this plan' },
    ]);
  const unit = await unitFor(db, reach, actor, body.unitId);
  if (!(await responsibleUnitIds(db, item)).includes(unit.id)) {
    throw new AppError('UNIT_NOT_RESPONSIBLE', `${unit.name} neither leads nor co-leads this item`, [
      { path: 'body.unitId', message: 'not a lead or co-lead unit of the item' },
    ]);
  }
  const indicators = await db
    .selectFrom('workplan_indicators')
    .select(['id', 'name', 'source'])
    .where('item_id', '=', itemId)
    .execute();
  const stray = body.values.filter((v) => !indicators.some((i) => i.id === v.indicatorId));
  if (stray.length)
    throw new AppError(
      'VALIDATION_FAILED',
      'values name indicators of another item',
      stray.map((v) => ({ path: 'body.values', message: `unknown indicator ${v.indicatorId}` })),
    );
  // A live indicator is read from the monitoring data; a hand-typed value would compete with it.
  const live = body.values.filter((v) => indicators.some((i) => i.id === v.indicatorId && i.source === 'live'));
  if (live.length)
    throw new AppError(
      'VALIDATION_FAILED',
      'live indicators are read from the data, not reported',
      live.map((v) => ({ path: 'body.values', message: `indicator ${v.indicatorId} is live` })),
    );
  const files = body.attachments.map((a) => ({ ...a, data: Buffer.from(a.contentBase64, 'base64') }));
  const big = files.find((f) => f.data.length > MAX_ATTACHMENT_BYTES);
  if (big) throw new AppError('PAYLOAD_TOO_LARGE', `attachment ${big.filename} exceeds 5 MB`);
  const now = clock.now();
  const id = await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('workplan_reports')
      .selectAll()
      .where('round_id', '=', round.id)
      .where('item_id', '=', itemId)
      .where('unit_org_id', '=', unit.id)
      .executeTakeFirst();
    const row = {
      round_id: round.id,
      item_id: itemId,
      unit_org_id: unit.id,
      text: body.text,
      percent: body.percent,
      values_json: JSON.stringify(body.values),
      is_late: shanghaiDate(now) > round.due_date ? 1 : 0,
      review_state: 'submitted',
      review_comment: null,
      submitted_by: actor.username,
      submitted_at: now.toISOString(),
    };
    const reportId = before?.id ?? randomUUID();
    if (before) await trx.updateTable('workplan_reports').set(row).where('id', '=', reportId).execute();
    else
      await trx
        .insertInto('workplan_reports')
        .values({ id: reportId, ...row })
        .execute();
    for (const f of files) {
      await trx
        .insertInto('workplan_attachments')
        .values({
          id: randomUUID(),
          report_id: reportId,
          filename: f.filename,
          content_type: f.contentType,
          size: f.data.length,
          sha256: createHash('sha256').update(f.data).digest('hex'),
          content_base64: f.data.toString('base64'),
          created_at: now.toISOString(),
        })
        .execute();
    }
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'workplan.report.submit',
      entityType: 'workplan_report',
      entityId: reportId,
      before,
      after: { ...row, attachments: files.map((f) => f.filename) },
    });
    return reportId;
  });
  return (await listReports(deps, actor, itemId)).items.find((r) => r.id === id)!;
}

export async function listReports(
  deps: AppDeps,
  actor: Actor,
  itemId: string,
): Promise<{ items: Report[]; total: number }> {
  const { db } = deps;
  const item = await repo.findItem(db, itemId, await reachOf(db, actor));
  if (!item) throw new AppError('ITEM_NOT_FOUND', 'item not found');
  const rows = await repo.reportsOfPlan(db, item.plan_id, itemId);
  const ids = rows.map((r) => r.id);
  const files = ids.length
    ? await db
        .selectFrom('workplan_attachments')
        .select(['id', 'report_id', 'filename', 'content_type', 'size'])
        .where('report_id', 'in', ids)
        .orderBy('created_at')
        .execute()
    : [];
  const notes = ids.length
    ? await db
        .selectFrom('workplan_report_comments')
        .selectAll()
        .where('report_id', 'in', ids)
        .orderBy('created_at')
        .execute()
    : [];
  const items = rows.map((r): Report => ({
    id: r.id,
    roundId: r.round_id,
    roundLabel: r.round_label,
    itemId: r.item_id,
    unitId: r.unit_org_id,
    unitName: r.unit_name,
    text: r.text,
    percent: r.percent,
    values: JSON.parse(r.values_json) as Report['values'],
    isLate: r.is_late === 1,
    reviewState: r.review_state as Report['reviewState'],
    reviewComment: r.review_comment,
    submittedAt: r.submitted_at,
    submittedBy: r.submitted_by,
    attachments: files
      .filter((f) => f.report_id === r.id)
      .map((f) => ({ id: f.id, filename: f.filename, contentType: f.content_type, size: f.size })),
    comments: notes
      .filter((n) => n.report_id === r.id)
      .map((n) => ({ author: n.author, text: n.text, at: n.created_at })),
  }));
  return { items, total: items.length };
}

/** A leader approves, returns (for rework) or just comments on a report. */
export async function reviewReport(
  deps: AppDeps,
  actor: Actor,
  reportId: string,
  body: { decision: 'approve' | 'return' | 'comment'; comment: string },
): Promise<Report> {
  const { db, clock } = deps;
  const report = await repo.findReportInReach(db, reportId, await reachOf(db, actor));
  if (!report) throw new AppError('REPORT_NOT_FOUND', 'report not found');
  if (body.decision === 'comment' && !body.comment)
    throw new AppError('VALIDATION_FAILED', 'a comment needs text', [{ path: 'body.comment', message: 'required' }]);
  await db.transaction().execute(async (trx) => {
    const state =
      body.decision === 'approve' ? 'approved' : body.decision === 'return' ? 'returned' : report.review_state;
    await trx
      .updateTable('workplan_reports')
      .set({ review_state: state, review_comment: body.comment || report.review_comment })
      .where('id', '=', reportId)
      .execute();
    if (body.comment)
      await trx
        .insertInto('workplan_report_comments')
        .values({
          id: randomUUID(),
          report_id: reportId,
          author: actor.displayName,
          text: body.comment,
          created_at: clock.now().toISOString(),
        })
        .execute();
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: `workplan.report.${body.decision}`,
      entityType: 'workplan_report',
      entityId: reportId,
      before: { reviewState: report.review_state },
      after: { reviewState: state, comment: body.comment },
    });
  });
  return (await listReports(deps, actor, report.item_id)).items.find((r) => r.id === reportId)!;
}

export async function getAttachment({ db }: AppDeps, actor: Actor, id: string) {
  const row = await db.selectFrom('workplan_attachments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !(await repo.findReportInReach(db, row.report_id, await reachOf(db, actor))))
    throw new AppError('ATTACHMENT_NOT_FOUND', 'attachment not found');
  return { filename: row.filename, contentType: row.content_type, data: Buffer.from(row.content_base64, 'base64') };
}

/** Reports owed: each lead unit of each task, for every round already open whose due day is near or past, with none sent. */
export async function reminders(deps: AppDeps, actor: Actor, planId: string) {
  const reach = await reachOf(deps.db, actor);
  const view = await loadPlanView(deps, reach, planId);
  const cal = await loadCalendar(deps.db);
  const now = deps.clock.now();
  const sent = new Set(view.reports.map((r) => `${r.round_id}|${r.item_id}|${r.unit_org_id}`));
  const items = view.rounds
    .filter((r) => r.period_start <= view.today)
    .flatMap((round) => {
      const state = dueState(round.due_date, now, { calendar: cal });
      if (state === 'ok') return [];
      return view.items
        .filter((i) => i.kind === 'task' && !i.doneAt)
        .flatMap((i) =>
          view.units
            .filter(
              (u) =>
                u.item_id === i.id &&
                u.role === 'lead' &&
                canActFor(reach, { id: u.org_id, path: u.path }) &&
                !sent.has(`${round.id}|${i.id}|${u.org_id}`),
            )
            .map((u) => ({
              roundId: round.id,
              roundLabel: round.label,
              dueDate: round.due_date,
              itemId: i.id,
              itemTitle: i.title,
              unitId: u.org_id,
              unitName: u.name,
              dueState: state,
            })),
        );
    });
  return { items, total: items.length };
}
