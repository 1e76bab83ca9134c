import { randomUUID } from 'node:crypto';
import { AppError, type CreatePermitBodySchema, type Permit, type UpdatePermitBodySchema } from '@ecocloud/contracts';
import type { z } from 'zod';
import type { Actor } from '../../../http/actor';
import { appendAudit } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { findEnterpriseInScope } from '../enterprises/enterprises.repository';
import { auditWho, todayOf } from '../enterprises/sources-context';
import { outletsOfEnterprise } from '../outlets/outlets.repository';
import { limitRows } from './permit-limits';
import { toPermits } from './permit-view';
import * as repo from './permits.repository';

export type PermitCreate = { enterpriseId: string; permit: z.output<typeof CreatePermitBodySchema> };
export type PermitUpdate = { id: string; patch: z.output<typeof UpdatePermitBodySchema> };

const permitNotFound = (id: string) => new AppError('PERMIT_NOT_FOUND', `permit ${id} not found`);

export async function getPermit({ db, clock }: ServiceDeps, actor: Actor, { id }: { id: string }): Promise<Permit> {
  const row = await repo.findPermitInScope(db, actor, id);
  if (!row) throw permitNotFound(id);
  const [permit] = await toPermits(db, [row], todayOf(clock));
  return permit!;
}

/** Adds a permit (or registration) with its limits, in the caller's transaction; `null` actor: the system. */
async function insertPermit(
  { db, clock }: ServiceDeps,
  actor: Actor | null,
  { enterpriseId, permit: p }: PermitCreate,
): Promise<Permit> {
  const enterprise = await findEnterpriseInScope(db, actor, enterpriseId);
  if (!enterprise) throw new AppError('ENTERPRISE_NOT_FOUND', `enterprise ${enterpriseId} not found`);
  // Checked before the insert: PostgreSQL aborts the transaction on a unique violation.
  if ((await repo.permitsByNo(db, [p.permitNo])).length)
    throw new AppError('PERMIT_EXISTS', `permit ${p.permitNo} exists`, [{ path: 'body.permitNo', message: 'exists' }]);
  const now = clock.now().toISOString();
  const row: repo.PermitRow = {
    id: randomUUID(),
    enterprise_id: enterprise.id,
    permit_no: p.permitNo,
    kind: p.kind,
    category: p.category,
    issuer: p.issuer,
    valid_from: p.validFrom,
    valid_to: p.validTo,
    status: 'valid',
    report_frequencies: JSON.stringify(p.reportFrequencies),
    created_at: now,
    updated_at: now,
  };
  const limits = limitRows(row.id, p.limits, await outletsOfEnterprise(db, actor, enterprise.id));
  await repo.insertPermitRow(db, row);
  await repo.insertLimitRows(db, limits);
  const [after] = await toPermits(db, [row], todayOf(clock));
  await appendAudit(db, clock, auditWho(actor), {
    action: 'sources.permit.create',
    entityType: 'permit',
    entityId: row.id,
    after,
  });
  return after!;
}

export function createPermit({ db, clock }: ServiceDeps, actor: Actor, input: PermitCreate): Promise<Permit> {
  return db.transaction().execute((trx) => insertPermit({ db: trx, clock }, actor, input));
}

/** Changes issuer and report frequencies; `limits`, when given, replace every limit of the permit. */
export function updatePermit({ db, clock }: ServiceDeps, actor: Actor, { id, patch }: PermitUpdate): Promise<Permit> {
  return db.transaction().execute(async (trx) => {
    const found = await repo.findPermitInScope(trx, actor, id);
    if (!found) throw permitNotFound(id);
    const today = todayOf(clock);
    const [before] = await toPermits(trx, [found], today);
    const set: Partial<repo.PermitRow> = { updated_at: clock.now().toISOString() };
    if (patch.issuer !== undefined) set.issuer = patch.issuer;
    if (patch.reportFrequencies !== undefined) set.report_frequencies = JSON.stringify(patch.reportFrequencies);
    await repo.updatePermitRow(trx, found.id, set);
    if (patch.limits !== undefined) {
      const rows = limitRows(found.id, patch.limits, await outletsOfEnterprise(trx, actor, found.enterprise_id));
      await repo.deleteLimitsOfPermit(trx, found.id);
      await repo.insertLimitRows(trx, rows);
    }
    const [after] = await toPermits(trx, [{ ...found, ...set }], today);
    await appendAudit(trx, clock, auditWho(actor), {
      action: 'sources.permit.update',
      entityType: 'permit',
      entityId: found.id,
      before,
      after,
    });
    return after!;
  });
}
