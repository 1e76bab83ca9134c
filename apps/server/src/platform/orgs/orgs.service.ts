import { randomUUID } from 'node:crypto';
import { AppError, type Org } from '@ecocloud/contracts';
import type { Actor } from '../../http/actor';
import { appendAudit, auditContextOf } from '../audit/audit.service';
import type { ServiceDeps } from '../service-deps';
import * as repo from './orgs.repository';

function toOrg(r: repo.OrgRow): Org {
  return {
    id: r.id,
    parentId: r.parent_id,
    name: r.name,
    nameEn: r.name_en,
    kind: r.kind as Org['kind'],
    regionCode: r.region_code,
    createdAt: r.created_at,
  };
}

export async function listOrgs(
  { db }: Pick<ServiceDeps, 'db'>,
  actor: Actor,
): Promise<{ items: Org[]; total: number }> {
  const rows = await repo.listOrgsInScope(db, actor);
  return { items: rows.map(toOrg), total: rows.length };
}

export type NewOrg = {
  parentId: string | null;
  name: string;
  nameEn?: string | undefined;
  kind: Org['kind'];
  regionCode: string;
  id?: string;
};

/** Inserts without scope checks: for seeding and the CLI, which act as the system. */
export async function insertOrgAsSystem({ db, clock }: ServiceDeps, o: NewOrg): Promise<Org> {
  const parent = o.parentId ? await repo.findOrg(db, o.parentId) : undefined;
  if (o.parentId && !parent) throw new AppError('ORG_NOT_FOUND', `parent organisation ${o.parentId} not found`);
  const id = o.id ?? randomUUID();
  const now = clock.now().toISOString();
  const row: repo.OrgRow = {
    id,
    parent_id: o.parentId,
    path: `${parent?.path ?? '/'}${id}/`,
    name: o.name,
    name_en: o.nameEn ?? null,
    kind: o.kind,
    region_code: o.regionCode,
    created_at: now,
    updated_at: now,
  };
  await repo.insertOrg(db, row);
  return toOrg(row);
}

export async function createOrg({ db, clock }: ServiceDeps, actor: Actor, o: NewOrg): Promise<Org> {
  return db.transaction().execute(async (trx) => {
    // The parent must be visible to the caller: nobody creates outside their own scope.
    if (!o.parentId || !(await repo.findOrgInScope(trx, actor, o.parentId))) {
      throw new AppError('ORG_NOT_FOUND', 'parent organisation not found in your scope', [
        { path: 'body.parentId', message: 'not found in your scope' },
      ]);
    }
    const org = await insertOrgAsSystem({ db: trx, clock }, o);
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'org.create',
      entityType: 'org',
      entityId: org.id,
      after: org,
    });
    return org;
  });
}

/** Which organisation to rename: the route's `:id` and its parsed body. */
export type OrgUpdate = { id: string; patch: { name?: string | undefined; nameEn?: string | null | undefined } };

export async function updateOrg({ db, clock }: ServiceDeps, actor: Actor, { id, patch }: OrgUpdate): Promise<Org> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findOrgInScope(trx, actor, id);
    if (!before) throw new AppError('ORG_NOT_FOUND', 'organisation not found');
    const set = {
      name: patch.name ?? before.name,
      name_en: patch.nameEn === undefined ? before.name_en : patch.nameEn,
      updated_at: clock.now().toISOString(),
    };
    await repo.updateOrgInScope(trx, actor, id, set);
    const after = toOrg({ ...before, ...set });
    await appendAudit(trx, clock, auditContextOf(actor), {
      action: 'org.update',
      entityType: 'org',
      entityId: id,
      before: toOrg(before),
      after,
    });
    return after;
  });
}
