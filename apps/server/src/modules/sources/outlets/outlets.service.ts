import { randomUUID } from 'node:crypto';
import { AppError, type CreateOutletBodySchema, type Outlet, type UpdateOutletBodySchema } from '@ecocloud/contracts';
import type { z } from 'zod';
import { constraintKind } from '../../../db/db-errors';
import type { Actor } from '../../../http/actor';
import { appendAudit } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { findEnterpriseInScope } from '../enterprises/enterprises.repository';
import { auditWho } from '../enterprises/sources-context';
import { toOutlets } from './outlet-view';
import * as repo from './outlets.repository';

export type OutletCreate = { enterpriseId: string; outlet: z.output<typeof CreateOutletBodySchema> };
export type OutletUpdate = { id: string; patch: z.output<typeof UpdateOutletBodySchema> };

const outletExists = (code: string) =>
  new AppError('OUTLET_EXISTS', `the enterprise already has an outlet ${code}`, [
    { path: 'body.code', message: 'exists' },
  ]);

/** Adds an outlet in the caller's transaction (`null` actor: the system, for the import). */
async function insertOutlet(
  { db, clock }: ServiceDeps,
  actor: Actor | null,
  { enterpriseId, outlet: o }: OutletCreate,
): Promise<Outlet> {
  const enterprise = await findEnterpriseInScope(db, actor, enterpriseId);
  if (!enterprise) throw new AppError('ENTERPRISE_NOT_FOUND', `enterprise ${enterpriseId} not found`);
  const now = clock.now().toISOString();
  const row: repo.OutletRow = {
    id: randomUUID(),
    enterprise_id: enterprise.id,
    code: o.code,
    name: o.name,
    kind: o.kind,
    is_main: o.isMain ? 1 : 0,
    lon: o.lon,
    lat: o.lat,
    standard: o.standard,
    source_type: o.sourceType,
    device_mns: JSON.stringify(o.deviceMns),
    status: o.status,
    created_at: now,
    updated_at: now,
  };
  try {
    await repo.insertOutletRow(db, row);
  } catch (err) {
    if (constraintKind(err) === 'unique') throw outletExists(o.code);
    throw err;
  }
  const [after] = await toOutlets(db, [row]);
  await appendAudit(db, clock, auditWho(actor), {
    action: 'sources.outlet.create',
    entityType: 'outlet',
    entityId: row.id,
    after,
  });
  return after!;
}

export async function createOutlet({ db, clock }: ServiceDeps, actor: Actor, input: OutletCreate): Promise<Outlet> {
  // PostgreSQL aborts a transaction on a constraint error: check the code first for a clean 409.
  return db.transaction().execute(async (trx) => {
    const existing = await repo.outletsOfEnterprise(trx, actor, input.enterpriseId);
    if (existing.some((o) => o.code === input.outlet.code)) throw outletExists(input.outlet.code);
    return insertOutlet({ db: trx, clock }, actor, input);
  });
}

export function updateOutlet({ db, clock }: ServiceDeps, actor: Actor, { id, patch }: OutletUpdate): Promise<Outlet> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findOutletInScope(trx, actor, id);
    if (!before) throw new AppError('OUTLET_NOT_FOUND', `outlet ${id} not found`);
    const set: Partial<repo.OutletRow> = { updated_at: clock.now().toISOString() };
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.kind !== undefined) set.kind = patch.kind;
    if (patch.isMain !== undefined) set.is_main = patch.isMain ? 1 : 0;
    if (patch.lon !== undefined) set.lon = patch.lon;
    if (patch.lat !== undefined) set.lat = patch.lat;
    if (patch.standard !== undefined) set.standard = patch.standard;
    if (patch.sourceType !== undefined) set.source_type = patch.sourceType;
    if (patch.deviceMns !== undefined) set.device_mns = JSON.stringify(patch.deviceMns);
    if (patch.status !== undefined) set.status = patch.status;
    await repo.updateOutletInScope(trx, actor, before.id, set);
    const [old, after] = await toOutlets(trx, [before, { ...before, ...set }]);
    await appendAudit(trx, clock, auditWho(actor), {
      action: 'sources.outlet.update',
      entityType: 'outlet',
      entityId: before.id,
      before: old,
      after,
    });
    return after!;
  });
}
