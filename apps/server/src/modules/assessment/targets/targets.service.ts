import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AppError, type Target } from '@ecocloud/contracts';
import type { Database } from '../../../db/schema';
import { constraintKind } from '../../../db/db-errors';
import type { ServiceDeps } from '../../../platform/service-deps';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf, type AuditContext } from '../../../platform/audit/audit.service';
import type { Clock } from '../../../platform/clock';
import { assertRegionInScope } from '../../../platform/scope/region-scope';
import { findLiveIndicator } from './indicators';
import * as repo from './targets.repository';

export function toTarget(r: repo.TargetRow): Target {
  return {
    id: r.id,
    year: r.year,
    regionCode: r.region_code,
    indicator: r.indicator,
    name: r.name,
    unit: r.unit,
    direction: r.direction as Target['direction'],
    targetValue: r.target_value,
    note: r.note,
    updatedAt: r.updated_at,
  };
}

export type TargetInput = {
  year: number;
  regionCode: string;
  indicator: string;
  name?: string | undefined;
  unit?: string | undefined;
  direction?: Target['direction'] | undefined;
  targetValue: number;
  note?: string | null | undefined;
};

/** Fills name, unit and direction from the live indicator catalogue; a custom indicator must bring its own. */
function completed(input: TargetInput): Omit<repo.TargetRow, 'id' | 'created_by' | 'created_at' | 'updated_at'> {
  const live = findLiveIndicator(input.indicator);
  const name = input.name ?? live?.name;
  const direction = input.direction ?? live?.direction;
  if (!name || !direction)
    throw new AppError('VALIDATION_FAILED', 'a custom indicator needs name and direction', [
      { path: 'body.name', message: 'required for a custom indicator' },
    ]);
  return {
    year: input.year,
    region_code: input.regionCode,
    indicator: input.indicator,
    name,
    unit: input.unit ?? live?.unit ?? '',
    direction,
    target_value: input.targetValue,
    note: input.note ?? null,
  };
}

/** Inserts or replaces (same year, region, indicator) a target inside the caller's transaction. */
export async function upsertTarget(
  trx: Kysely<Database>,
  clock: Clock,
  who: AuditContext,
  input: TargetInput,
  isCreateOnly: boolean,
): Promise<Target> {
  const now = clock.now().toISOString();
  const values = completed(input);
  const existing = await repo.findTargetByKey(trx, input.year, input.regionCode, input.indicator);
  if (existing && isCreateOnly)
    throw new AppError('CONFLICT', `a target for ${input.indicator} in ${input.regionCode} ${input.year} exists`, [
      { path: 'body.indicator', message: 'exists' },
    ]);
  if (existing) {
    await repo.updateTarget(trx, existing.id, { ...values, updated_at: now });
    const after = toTarget({ ...existing, ...values, updated_at: now });
    await appendAudit(trx, clock, who, {
      action: 'assessment.target.update',
      entityType: 'assessment_target',
      entityId: existing.id,
      before: toTarget(existing),
      after,
    });
    return after;
  }
  const row: repo.TargetRow = {
    id: randomUUID(),
    ...values,
    created_by: who.actorId,
    created_at: now,
    updated_at: now,
  };
  try {
    await repo.insertTarget(trx, row);
  } catch (err) {
    if (constraintKind(err) === 'unique')
      throw new AppError('CONFLICT', 'target exists', [{ path: 'body.indicator', message: 'exists' }]);
    throw err;
  }
  await appendAudit(trx, clock, who, {
    action: 'assessment.target.create',
    entityType: 'assessment_target',
    entityId: row.id,
    after: toTarget(row),
  });
  return toTarget(row);
}

export function createTarget({ db, clock }: ServiceDeps, actor: Actor, input: TargetInput): Promise<Target> {
  assertRegionInScope(actor, input.regionCode);
  return db.transaction().execute((trx) => upsertTarget(trx, clock, auditContextOf(actor), input, true));
}

/** The target asked for by the route's `:id`. */
export type TargetRef = { id: string };

/** A change to one target: which, and the fields to set. */
export type TargetUpdate = TargetRef & {
  patch: { targetValue?: number | undefined; name?: string | undefined; note?: string | null | undefined };
};

export async function updateTarget(
  { db, clock }: ServiceDeps,
  actor: Actor,
  { id, patch }: TargetUpdate,
): Promise<Target> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findTarget(trx, id);
    if (!before) throw new AppError('TARGET_NOT_FOUND', 'target not found');
    assertRegionInScope(actor, before.region_code);
    const set = {
      target_value: patch.targetValue ?? before.target_value,
      name: patch.name ?? before.name,
      note: patch.note === undefined ? before.note : patch.note,
      updated_at: clock.now().toISOString(),
    };
    await repo.updateTarget(trx, id, set);
    const after = toTarget({ ...before, ...set });
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'assessment.target.update',
      entityType: 'assessment_target',
      entityId: id,
      before: toTarget(before),
      after,
    });
    return after;
  });
}

export async function deleteTarget({ db, clock }: ServiceDeps, actor: Actor, { id }: TargetRef): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await repo.findTarget(trx, id);
    if (!before) throw new AppError('TARGET_NOT_FOUND', 'target not found');
    assertRegionInScope(actor, before.region_code);
    await repo.deleteTarget(trx, id);
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'assessment.target.delete',
      entityType: 'assessment_target',
      entityId: id,
      before: toTarget(before),
    });
  });
}
