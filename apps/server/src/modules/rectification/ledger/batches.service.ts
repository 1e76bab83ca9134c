import { randomUUID } from 'node:crypto';
import { AppError, type Batch, type BatchBody, type ProblemState, type ProblemStatus } from '@ecocloud/contracts';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { statusOf } from '../rules/problem-states';
import { checkComplaintBatchRef, complaintBatchCounts } from './complaint-batch-link';
import { todayOf } from './ledger-context';
import { findBatch, insertBatch, listBatches, problemsInReach, updateBatch, type BatchRow } from './ledger.repository';

/** Batches are the department's: creating or editing one needs a province-wide scope. */
function assertDepartment(actor: Actor): void {
  if (actor.scope !== 'all')
    throw new AppError('FORBIDDEN', 'inspection batches are kept by the department (a province-wide scope)');
}

/**
 * Every batch, with the counts of its problems in the caller's reach per shown status and those of its linked
 * 交办件 batch (the reports of units in the caller's scope, as the complaints module counts them).
 */
export async function listBatchViews(deps: ServiceDeps, actor: Actor): Promise<{ items: Batch[]; total: number }> {
  const [batches, problems] = await Promise.all([listBatches(deps.db), problemsInReach(deps.db, actor)]);
  const complaints = await complaintBatchCounts(
    deps.db,
    actor,
    batches.map((b) => b.complaint_batch_ref),
  );
  const today = todayOf(deps);
  const items = batches.map((b) => {
    const mine = problems.filter((p) => p.batch_id === b.id);
    const counts: Partial<Record<ProblemStatus, number>> = {};
    for (const p of mine) {
      const s = statusOf(p.state as ProblemState, p.deadline, today);
      counts[s] = (counts[s] ?? 0) + 1;
    }
    return { ...toBatch(b), complaintBatch: complaints.get(b.complaint_batch_ref) ?? null, total: mine.length, counts };
  });
  return { items, total: items.length };
}

const toBatch = (b: BatchRow) => ({
  id: b.id,
  kind: b.kind as Batch['kind'],
  name: b.name,
  round: b.round,
  feedbackDate: b.feedback_date,
  isPublic: b.is_public === 1,
  complaintBatchRef: b.complaint_batch_ref,
});

/** A batch as the caller sees it after a write (its counts and the linked 交办件 batch). */
async function batchView(deps: ServiceDeps, actor: Actor, id: string): Promise<Batch> {
  const { items } = await listBatchViews(deps, actor);
  return items.find((b) => b.id === id)!;
}

export async function createBatch(deps: ServiceDeps, actor: Actor, body: BatchBody): Promise<Batch> {
  assertDepartment(actor);
  await checkComplaintBatchRef(deps.db, body.complaintBatchRef, 'body.complaintBatchRef');
  const now = deps.clock.now().toISOString();
  const id = randomUUID();
  const row = {
    id,
    kind: body.kind,
    name: body.name,
    round: body.round,
    feedback_date: body.feedbackDate,
    is_public: body.isPublic ? 1 : 0,
    complaint_batch_ref: body.complaintBatchRef,
    created_by: actor.userId,
    created_at: now,
    updated_at: now,
  };
  await deps.db.transaction().execute(async (trx) => {
    await insertBatch(trx, row);
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'rectification.batch.create',
      entityType: 'rectification_batch',
      entityId: id,
      after: body,
    });
  });
  return batchView(deps, actor, id);
}

export async function updateBatchOf(deps: ServiceDeps, actor: Actor, id: string, body: BatchBody): Promise<Batch> {
  assertDepartment(actor);
  const before = await findBatch(deps.db, id);
  if (!before) throw new AppError('RECTIFICATION_NOT_FOUND', `batch ${id} not found`);
  // Checked when it changes: a ref recorded before the link was checked does not block other edits.
  if (body.complaintBatchRef !== before.complaint_batch_ref)
    await checkComplaintBatchRef(deps.db, body.complaintBatchRef, 'body.complaintBatchRef');
  await deps.db.transaction().execute(async (trx) => {
    await updateBatch(trx, id, {
      kind: body.kind,
      name: body.name,
      round: body.round,
      feedback_date: body.feedbackDate,
      is_public: body.isPublic ? 1 : 0,
      complaint_batch_ref: body.complaintBatchRef,
      updated_at: deps.clock.now().toISOString(),
    });
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'rectification.batch.update',
      entityType: 'rectification_batch',
      entityId: id,
      before: toBatch(before),
      after: body,
    });
  });
  return batchView(deps, actor, id);
}
