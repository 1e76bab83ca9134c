import { createHash, randomUUID } from 'node:crypto';
import {
  AppError,
  type MonthlyContent,
  type MonthlyDecisionBody,
  type MonthlyReport,
  type MonthlyReportState,
  type MonthlyReportSummary,
} from '@ecocloud/contracts';
import type { Kysely } from 'kysely';
import type { AppDeps } from '../../../app-deps';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import { orgById } from '../../../platform/orgs/org-reads';
import * as planRepo from '../shared/workplan.repository';
import { canActFor, reachOf } from '../shared/workplan-scope';
import { compileMonth } from './monthly-compile';
import { monthlyBlocks, monthlyTitle } from './monthly-document';
import { renderMonthlyDocx } from './monthly-docx';
import { renderMonthlyPdf } from './monthly-pdf';
import * as repo from './monthly.repository';

type AuditAction =
  | 'workplan.monthly.compile'
  | 'workplan.monthly.submit'
  | 'workplan.monthly.approve'
  | 'workplan.monthly.return'
  | 'workplan.monthly.release';

/**
 * The plan, if the caller may see its monthly reports: they are the plan owner's documents over every
 * unit, so the plan's organisation must be the caller's own or below it (a leader or the department's
 * officers with scope "all"; a city its own plans, never another city's or the province's). Else 404.
 */
async function planInReach(deps: AppDeps, actor: Actor, planId: string): Promise<planRepo.PlanRow> {
  const plan = await planRepo.findPlan(deps.db, planId);
  const org = plan ? await orgById(deps.db, plan.org_id) : undefined;
  if (!plan || !org || !canActFor(await reachOf(deps.db, actor), org))
    throw new AppError('PLAN_NOT_FOUND', 'plan not found');
  return plan;
}

async function rowInReach(deps: AppDeps, actor: Actor, id: string): Promise<repo.MonthlyRow> {
  const row = await repo.findMonthly(deps.db, id);
  if (!row) throw new AppError('MONTHLY_REPORT_NOT_FOUND', 'monthly report not found');
  try {
    await planInReach(deps, actor, row.plan_id);
  } catch {
    throw new AppError('MONTHLY_REPORT_NOT_FOUND', 'monthly report not found');
  }
  return row;
}

function summaryOf(r: repo.MonthlyRow): MonthlyReportSummary {
  return {
    id: r.id,
    planId: r.plan_id,
    month: r.month,
    state: r.state as MonthlyReportState,
    compiledBy: r.compiled_by,
    compiledAt: r.compiled_at,
    submittedBy: r.submitted_by,
    submittedAt: r.submitted_at,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    returnReason: r.return_reason,
    releasedBy: r.released_by,
    releasedAt: r.released_at,
    frozenSha256: r.frozen_sha256,
  };
}

const toReport = (r: repo.MonthlyRow): MonthlyReport => ({
  ...summaryOf(r),
  content: JSON.parse(r.content_json) as MonthlyContent,
});

const conflict = (message: string, state: string) =>
  new AppError('MONTHLY_REPORT_STATE_CONFLICT', message, [{ path: '', message, params: { state } }]);

export async function listMonthly(deps: AppDeps, actor: Actor, planId: string) {
  await planInReach(deps, actor, planId);
  const items = (await repo.listMonthlyOf(deps.db, planId)).map(summaryOf);
  return { items, total: items.length };
}

/** The plan's report for a month, or 404 when none has been compiled yet. */
export async function getMonthlyOf(deps: AppDeps, actor: Actor, planId: string, month: string) {
  await planInReach(deps, actor, planId);
  const row = await repo.findMonthlyOf(deps.db, planId, month);
  if (!row) throw new AppError('MONTHLY_REPORT_NOT_FOUND', 'monthly report not compiled yet');
  return toReport(row);
}

/** Compiles (or recompiles) a month's report: allowed while it is a draft or was returned; it becomes a draft. */
export async function compileMonthly(
  deps: AppDeps,
  actor: Actor,
  planId: string,
  month: string,
): Promise<MonthlyReport> {
  const plan = await planInReach(deps, actor, planId);
  if (Number(month.slice(0, 4)) !== plan.year)
    throw new AppError('VALIDATION_FAILED', 'the month lies outside the plan year', [
      { path: 'params.month', message: `not in ${plan.year}` },
    ]);
  const content = await compileMonth(deps, planId, month);
  const now = deps.clock.now().toISOString();
  const existing = await repo.findMonthlyOf(deps.db, planId, month);
  if (existing && !['draft', 'returned'].includes(existing.state))
    throw conflict(`a ${existing.state} report is frozen`, existing.state);
  const set = {
    state: 'draft',
    content_json: JSON.stringify(content),
    compiled_by: actor.username,
    compiled_at: now,
    submitted_by: null,
    submitted_at: null,
  };
  const id = existing?.id ?? randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    if (existing) {
      if (!(await repo.updateMonthly(trx, id, ['draft', 'returned'], set)))
        throw conflict('the report changed state meanwhile', existing.state);
    } else
      await repo.insertMonthly(trx, {
        id,
        plan_id: planId,
        month,
        frozen_sha256: null,
        decided_by: null,
        decided_at: null,
        return_reason: null,
        released_by: null,
        released_at: null,
        ...set,
      });
    await audit(trx, deps, actor, 'workplan.monthly.compile', id, existing?.state ?? null, {
      month,
      summary: content.summary,
    });
  });
  return toReport((await repo.findMonthly(deps.db, id))!);
}

async function step(
  deps: AppDeps,
  actor: Actor,
  id: string,
  from: readonly MonthlyReportState[],
  action: AuditAction,
  set: (row: repo.MonthlyRow, now: string) => Partial<repo.MonthlyRow>,
): Promise<MonthlyReport> {
  const row = await rowInReach(deps, actor, id);
  if (!from.includes(row.state as MonthlyReportState))
    throw conflict(`${action} is not allowed on a ${row.state} report`, row.state);
  const changes = set(row, deps.clock.now().toISOString());
  await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.updateMonthly(trx, id, from, changes)))
      throw conflict('the report changed state meanwhile', row.state);
    await audit(trx, deps, actor, action, id, row.state, changes);
  });
  return toReport((await repo.findMonthly(deps.db, id))!);
}

export const submitMonthly = (deps: AppDeps, actor: Actor, id: string) =>
  step(deps, actor, id, ['draft'], 'workplan.monthly.submit', (_row, now) => ({
    state: 'submitted',
    submitted_by: actor.username,
    submitted_at: now,
    return_reason: null,
  }));

/** A leader approves (the content is frozen: its hash is recorded) or returns the report with a reason. */
export function decideMonthly(deps: AppDeps, actor: Actor, id: string, body: MonthlyDecisionBody) {
  if (body.decision === 'approve')
    return step(deps, actor, id, ['submitted'], 'workplan.monthly.approve', (row, now) => ({
      state: 'approved',
      decided_by: actor.username,
      decided_at: now,
      frozen_sha256: createHash('sha256').update(row.content_json).digest('hex'),
    }));
  return step(deps, actor, id, ['submitted'], 'workplan.monthly.return', (_row, now) => ({
    state: 'returned',
    decided_by: actor.username,
    decided_at: now,
    return_reason: body.reason,
  }));
}

export const releaseMonthly = (deps: AppDeps, actor: Actor, id: string) =>
  step(deps, actor, id, ['approved'], 'workplan.monthly.release', (_row, now) => ({
    state: 'released',
    released_by: actor.username,
    released_at: now,
  }));

/** The report as DOCX or PDF, from the stored content (the frozen snapshot once approved). */
export async function monthlyDocument(
  deps: AppDeps,
  actor: Actor,
  id: string,
  format: 'docx' | 'pdf',
): Promise<{ data: Buffer; filename: string }> {
  const report = toReport(await rowInReach(deps, actor, id));
  const title = monthlyTitle(report.content);
  const blocks = monthlyBlocks(report);
  const data = format === 'docx' ? await renderMonthlyDocx(title, blocks) : await renderMonthlyPdf(title, blocks);
  return { data, filename: `monthly-report-${report.month}.${format}` };
}

function audit(
  trx: Kysely<Database>,
  deps: AppDeps,
  actor: Actor,
  action: AuditAction,
  id: string,
  before: string | null,
  after: unknown,
) {
  return appendAudit(trx, deps.clock, auditContextOf(actor), {
    action,
    entityType: 'workplan_monthly_report',
    entityId: id,
    before: before === null ? null : { state: before },
    after,
  });
}
