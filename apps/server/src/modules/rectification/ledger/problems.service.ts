import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  AppError,
  type ProblemBody,
  type ProblemDetail,
  type ProblemListQuerySchema,
  type ProblemSummary,
} from '@ecocloud/contracts';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import { orgById } from '../../../platform/orgs/org-reads';
import { canSeeRegion } from '../../../platform/scope/region-scope';
import { orgPathInScope } from '../../../platform/scope/data-scope';
import type { ServiceDeps } from '../../../platform/service-deps';
import { checkComplaintBatchRef } from './complaint-batch-link';
import { todayOf, viewNames } from './ledger-context';
import {
  eventsOf,
  evidenceOf,
  findBatch,
  findProblem,
  insertProblem,
  itemNosOf,
  problemsInReach,
  updateProblem,
  type ProblemRow,
} from './ledger.repository';
import { monitoringReading } from './monitoring-link';
import { toDetail, toSummary } from './problem-view';

const notFound = (id: string) => new AppError('RECTIFICATION_NOT_FOUND', `problem ${id} not found`);

/** A problem in the caller's reach; anything else answers 404, so scope does not leak. */
export async function problemInReach(deps: ServiceDeps, actor: Actor, id: string): Promise<ProblemRow> {
  const row = await findProblem(deps.db, actor, id);
  if (!row) throw notFound(id);
  return row;
}

const SORTS = {
  itemNo: (p: ProblemSummary) => p.itemNo.padStart(12, '0'),
  deadline: (p: ProblemSummary) => p.deadline,
  regionCode: (p: ProblemSummary) => p.regionCode,
  status: (p: ProblemSummary) => p.status,
} as const;

export async function listProblems(
  deps: ServiceDeps,
  actor: Actor,
  q: z.infer<typeof ProblemListQuerySchema>,
): Promise<{ items: ProblemSummary[]; total: number }> {
  const rows = await problemsInReach(deps.db, actor, {
    ...(q.batchId ? { batchId: q.batchId } : {}),
    ...(q.regionCode ? { regionPrefix: q.regionCode.replace(/(00)+$/, '') } : {}),
  });
  const names = await viewNames(deps.db, todayOf(deps), rows);
  let items = rows.map((r) => toSummary(r, names));
  // The shown status (overdue is computed) is what the filter means.
  if (q.status) items = items.filter((p) => p.status === q.status);
  if (q.horizon) items = items.filter((p) => p.horizon === q.horizon);
  if (q.q) items = items.filter((p) => p.problem.includes(q.q!) || p.itemNo.includes(q.q!));
  const key = SORTS[q.sort ?? 'itemNo'];
  const dir = q.order === 'desc' ? -1 : 1;
  items.sort((a, b) => (key(a) < key(b) ? -dir : key(a) > key(b) ? dir : 0) || a.id.localeCompare(b.id));
  const start = (q.page - 1) * q.pageSize;
  return { items: items.slice(start, start + q.pageSize), total: items.length };
}

export async function getProblem(deps: ServiceDeps, actor: Actor, id: string): Promise<ProblemDetail> {
  const row = await problemInReach(deps, actor, id);
  const [names, events, evidence, monitoring] = await Promise.all([
    viewNames(deps.db, todayOf(deps), [row]),
    eventsOf(deps.db, [id]),
    evidenceOf(deps.db, id),
    monitoringReading(deps.db, row.region_code, row.monitoring),
  ]);
  return toDetail(row, names, { events, evidence, monitoring, permissions: actor.permissions });
}

/** The problem's region and responsible organisation must lie in the caller's reach (400 on the field). */
async function checkPlace(
  deps: ServiceDeps,
  actor: Actor | null,
  body: Pick<ProblemBody, 'regionCode' | 'leadOrgId'>,
): Promise<void> {
  if (actor && !canSeeRegion(actor, body.regionCode))
    throw new AppError('VALIDATION_FAILED', `region ${body.regionCode} is outside your scope`, [
      { path: 'body.regionCode', message: 'outside your scope', code: 'OUT_OF_SCOPE' },
    ]);
  const org = await orgById(deps.db, body.leadOrgId);
  if (!org || (actor && !orgPathInScope(actor, org.id, org.path) && !canSeeRegion(actor, org.region_code)))
    throw new AppError('VALIDATION_FAILED', `organisation ${body.leadOrgId} not found`, [
      { path: 'body.leadOrgId', message: 'not found', code: org ? 'OUT_OF_SCOPE' : 'UNKNOWN_ORG' },
    ]);
}

/** The row of a new problem (not started); shared with the import. */
export function problemRow(body: ProblemBody, createdBy: string | null, now: string) {
  return {
    id: randomUUID(),
    batch_id: body.batchId,
    item_no: body.itemNo,
    problem: body.problem,
    category: body.category,
    region_code: body.regionCode,
    lead_org_id: body.leadOrgId,
    co_units: body.coUnits,
    acceptance_unit: body.acceptanceUnit,
    target: body.target,
    measures: JSON.stringify(body.measures),
    deadline: body.deadline,
    horizon: body.horizon,
    state: 'not_started',
    monitoring: body.monitoring ? JSON.stringify(body.monitoring) : null,
    notice_from: null,
    notice_to: null,
    notice_days: null,
    notice_url: '',
    closed_on: null,
    rebound_count: 0,
    is_public: body.isPublic ? 1 : 0,
    complaint_batch_ref: body.complaintBatchRef,
    created_by: createdBy,
    created_at: now,
    updated_at: now,
  };
}

export async function createProblem(deps: ServiceDeps, actor: Actor, body: ProblemBody): Promise<ProblemDetail> {
  if (!(await findBatch(deps.db, body.batchId)))
    throw new AppError('VALIDATION_FAILED', 'batch not found', [{ path: 'body.batchId', message: 'not found' }]);
  await checkPlace(deps, actor, body);
  await checkComplaintBatchRef(deps.db, body.complaintBatchRef, 'body.complaintBatchRef');
  if ((await itemNosOf(deps.db, body.batchId)).has(body.itemNo))
    throw new AppError('CONFLICT', `item ${body.itemNo} exists in the batch`, [
      { path: 'body.itemNo', message: 'exists in the batch' },
    ]);
  const row = problemRow(body, actor.userId, deps.clock.now().toISOString());
  await deps.db.transaction().execute(async (trx) => {
    await insertProblem(trx, row);
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'rectification.problem.create',
      entityType: 'rectification_problem',
      entityId: row.id,
      after: body,
    });
  });
  return getProblem(deps, actor, row.id);
}

/** Edits the plan of a problem (target, measures, deadline, units …); its state and history stay. */
export async function updateProblemPlan(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  body: ProblemBody,
): Promise<ProblemDetail> {
  const before = await problemInReach(deps, actor, id);
  await checkPlace(deps, actor, body);
  if (body.batchId !== before.batch_id || body.itemNo !== before.item_no)
    throw new AppError('VALIDATION_FAILED', 'the batch and item number of a problem do not change', [
      { path: body.batchId !== before.batch_id ? 'body.batchId' : 'body.itemNo', message: 'cannot change' },
    ]);
  if (body.complaintBatchRef !== before.complaint_batch_ref)
    await checkComplaintBatchRef(deps.db, body.complaintBatchRef, 'body.complaintBatchRef');
  const { id: _id, state: _s, created_at: _c, created_by: _b, ...plan } = problemRow(body, actor.userId, '');
  const kept = {
    notice_from: before.notice_from,
    notice_to: before.notice_to,
    notice_days: before.notice_days,
    notice_url: before.notice_url,
    closed_on: before.closed_on,
    rebound_count: before.rebound_count,
  };
  await deps.db.transaction().execute(async (trx) => {
    await updateProblem(trx, id, { ...plan, ...kept, updated_at: deps.clock.now().toISOString() });
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'rectification.problem.update',
      entityType: 'rectification_problem',
      entityId: id,
      before: { ...before, measures: JSON.parse(before.measures) as string[] },
      after: body,
    });
  });
  return getProblem(deps, actor, id);
}
