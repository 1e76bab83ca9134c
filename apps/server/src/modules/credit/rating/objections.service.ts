import { randomUUID } from 'node:crypto';
import { AppError, type DecideObjectionBodySchema, type RatingDetail } from '@ecocloud/contracts';
import type { z } from 'zod';
import type { Actor } from '../../../http/actor';
import { appendAudit } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { auditOf, parseJson, requireAny, todayOf } from '../shared/credit-context';
import { findObjection, insertObjection, updateObjection } from './ratings.repository';
import { getRating, ratingInReach, rescore, stateConflict } from './runs.service';

/**
 * An enterprise objects to its rating (credit:disclose, its own unit through scope) inside the run's window.
 * `onDay` lets the demo date an objection in the past; users always object today.
 */
export async function fileObjection(
  deps: ServiceDeps,
  actor: Actor | null,
  ratingId: string,
  text: string,
  onDay?: string,
): Promise<RatingDetail | null> {
  const { row, run } = await ratingInReach(deps, actor, ratingId);
  const day = onDay ?? todayOf(deps);
  if (run.status !== 'objections' || day < run.objections_from! || day > run.objections_until!)
    throw stateConflict('objections only inside the window');
  const id = randomUUID();
  await deps.db.transaction().execute(async (trx) => {
    await insertObjection(trx, {
      id,
      rating_id: row.id,
      enterprise_id: row.enterprise_id,
      text,
      filed_by: actor?.userId ?? null,
      filed_on: day,
      status: 'open',
      decision: '',
      level_before: row.level,
      level_after: null,
      decided_by: null,
      decided_on: null,
      created_at: deps.clock.now().toISOString(),
    });
    await appendAudit(trx, deps.clock, auditOf(actor), {
      action: 'credit.objection.file',
      entityType: 'credit_objection',
      entityId: id,
      after: { ratingId: row.id, level: row.level },
    });
  });
  return actor ? getRating(deps, actor, row.id) : null;
}

/**
 * A reviewer decides an objection (during the window or in review). Upheld: the hand scores and vetoes given
 * replace the rating's and the level is recomputed (it may change); rejected: the rating stays.
 */
export async function decideObjection(
  deps: ServiceDeps,
  actor: Actor | null,
  objectionId: string,
  body: z.output<typeof DecideObjectionBodySchema>,
  onDay?: string,
): Promise<RatingDetail | null> {
  if (actor) requireAny(actor, ['credit:review']);
  const o = await findObjection(deps.db, objectionId);
  if (!o) throw new AppError('CREDIT_OBJECTION_NOT_FOUND', `objection ${objectionId} not found`);
  const { row, run } = await ratingInReach(deps, actor, o.rating_id).catch(() => {
    throw new AppError('CREDIT_OBJECTION_NOT_FOUND', `objection ${objectionId} not found`);
  });
  if (o.status !== 'open') throw stateConflict('the objection is decided');
  if (run.status !== 'objections' && run.status !== 'review')
    throw stateConflict('objections are decided before publication');
  let levelAfter = row.level;
  if (body.upheld)
    levelAfter = await rescore(
      deps,
      actor,
      row.id,
      run.scheme_version,
      row.facts,
      body.manual ?? parseJson<Record<string, number>>(row.manual, {}),
      body.vetoes ?? parseJson<string[]>(row.vetoes, []),
      'credit.objection.decide',
    );
  await deps.db.transaction().execute(async (trx) => {
    await updateObjection(trx, o.id, {
      status: body.upheld ? 'upheld' : 'rejected',
      decision: body.decision,
      level_after: levelAfter,
      decided_by: actor?.userId ?? null,
      decided_on: onDay ?? todayOf(deps),
    });
    await appendAudit(trx, deps.clock, auditOf(actor), {
      action: 'credit.objection.decide',
      entityType: 'credit_objection',
      entityId: o.id,
      before: { level: row.level },
      after: { upheld: body.upheld, level: levelAfter },
    });
  });
  return actor ? getRating(deps, actor, row.id) : null;
}
