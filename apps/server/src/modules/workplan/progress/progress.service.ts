import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError, type Report } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import { dueState, loadCalendar, shanghaiDate } from '../../../platform/deadlines';
import { loadPlanStructure } from '../views/plan-structure';
import { orgById } from '../../../platform/orgs/org-reads';
import { reportsOfPlan } from '../shared/unit-orgs.repository';
import * as repo from '../shared/workplan.repository';
import {
  attachmentsOf,
  commentsOf,
  findAttachment,
  findReportFor,
  indicatorsOfItem,
  insertAttachment,
  insertComment,
  insertReport,
  parentIdOf,
  unitIdsOfItem,
  updateReport,
  type AttachmentMeta,
  type CommentRow,
} from './progress.repository';
import { canActFor, reachOf, type Reach } from '../shared/workplan-scope';

const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

type SubmitBody = {
  roundId: string;
  unitId?: string | undefined;
  text: string;
  percent: number;
  values: { indicatorId: string; value: number }[];
  attachments: { filename: string; contentType: string; contentBase64: string }[];
};

/** The unit a caller reports or replies for: one it may act for (its own organisation or below). */
export async function unitFor(db: Kysely<Database>, reach: Reach, actor: Actor, unitId: string | undefined) {
  const unit = await orgById(db, unitId ?? actor.orgId);
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
    const units = await unitIdsOfItem(db, id);
    if (units.length) return units;
    id = await parentIdOf(db, id);
  }
  return [];
}

/** A unit's progress report on an item for a round; a report after the round's due day is flagged late. Resubmitting replaces it. */
export async function submitReport(
  deps: AppDeps,
  actor: Actor,
  { itemId, ...body }: SubmitBody & { itemId: string },
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
  const indicators = await indicatorsOfItem(db, itemId);
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
  return db.transaction().execute(async (trx) => {
    const before = await findReportFor(trx, round.id, itemId, unit.id);
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
    if (before) await updateReport(trx, reportId, row);
    else await insertReport(trx, { id: reportId, ...row });
    const inserted: { id: string; filename: string; content_type: string; size: number }[] = [];
    for (const f of files) {
      const fileId = randomUUID();
      inserted.push({ id: fileId, filename: f.filename, content_type: f.contentType, size: f.data.length });
      await insertAttachment(trx, {
        id: fileId,
        report_id: reportId,
        filename: f.filename,
        content_type: f.contentType,
        size: f.data.length,
        sha256: createHash('sha256').update(f.data).digest('hex'),
        content_base64: f.data.toString('base64'),
        created_at: now.toISOString(),
      });
    }
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'workplan.report.submit',
      entityType: 'workplan_report',
      entityId: reportId,
      before,
      after: { ...row, attachments: files.map((f) => f.filename) },
    });
    // A resubmission keeps the report's earlier attachments and comments: read this one report's (now
    // including the new files); a first submission has only the files just written.
    const savedFiles = before
      ? await attachmentsOf(trx, [reportId])
      : inserted.map((f) => ({ ...f, report_id: reportId }));
    const notes = before ? await commentsOf(trx, [reportId]) : [];
    const written = { id: reportId, ...row, round_label: round.label, unit_name: unit.name };
    return toReport(written, savedFiles, notes);
  });
}

/** A report as the API gives it, with its own attachments and comments picked from those given. */
function toReport(
  r: Omit<repo.ReportListRow, 'due_date'>,
  files: readonly AttachmentMeta[],
  notes: readonly CommentRow[],
): Report {
  return {
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
  };
}

export async function listReports(
  deps: AppDeps,
  actor: Actor,
  itemId: string,
): Promise<{ items: Report[]; total: number }> {
  const { db } = deps;
  const item = await repo.findItem(db, itemId, await reachOf(db, actor));
  if (!item) throw new AppError('ITEM_NOT_FOUND', 'item not found');
  const rows = await reportsOfPlan(db, item.plan_id, itemId);
  const ids = rows.map((r) => r.id);
  const [files, notes] = await Promise.all([attachmentsOf(db, ids), commentsOf(db, ids)]);
  const items = rows.map((r) => toReport(r, files, notes));
  return { items, total: items.length };
}

/** A leader approves, returns (for rework) or just comments on a report. */
export async function reviewReport(
  deps: AppDeps,
  actor: Actor,
  { reportId, ...body }: { reportId: string; decision: 'approve' | 'return' | 'comment'; comment: string },
): Promise<Report> {
  const { db, clock } = deps;
  const report = await repo.findReportInReach(db, reportId, await reachOf(db, actor));
  if (!report) throw new AppError('REPORT_NOT_FOUND', 'report not found');
  if (body.decision === 'comment' && !body.comment)
    throw new AppError('VALIDATION_FAILED', 'a comment needs text', [{ path: 'body.comment', message: 'required' }]);
  await db.transaction().execute(async (trx) => {
    const state =
      body.decision === 'approve' ? 'approved' : body.decision === 'return' ? 'returned' : report.review_state;
    await updateReport(trx, reportId, { review_state: state, review_comment: body.comment || report.review_comment });
    if (body.comment)
      await insertComment(trx, {
        id: randomUUID(),
        report_id: reportId,
        author: actor.displayName,
        text: body.comment,
        created_at: clock.now().toISOString(),
      });
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
  const row = await findAttachment(db, id);
  if (!row || !(await repo.findReportInReach(db, row.report_id, await reachOf(db, actor))))
    throw new AppError('ATTACHMENT_NOT_FOUND', 'attachment not found');
  return { filename: row.filename, contentType: row.content_type, data: Buffer.from(row.content_base64, 'base64') };
}

/** Reports owed: each lead unit of each task, for every round already open whose due day is near or past, with none sent. */
export async function reminders(deps: AppDeps, actor: Actor, planId: string) {
  const reach = await reachOf(deps.db, actor);
  // Reminders need no status or reading: the structure is enough (no metric is read).
  const view = await loadPlanStructure(deps, reach, planId);
  const cal = await loadCalendar(deps.db);
  const now = deps.clock.now();
  const sent = new Set(view.reports.map((r) => `${r.round_id}|${r.item_id}|${r.unit_org_id}`));
  const items = view.rounds
    .filter((r) => r.period_start <= view.today)
    .flatMap((round) => {
      const state = dueState(round.due_date, now, { calendar: cal });
      if (state === 'ok') return [];
      return view.rows
        .filter((i) => i.kind === 'task' && !i.done_at)
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
