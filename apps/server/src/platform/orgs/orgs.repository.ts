import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema';
import type { Actor } from '../../http/actor';
import type { OrgsTable } from '../platform.tables';
import { scopePredicate } from '../scope/data-scope';

export type OrgRow = Selectable<OrgsTable>;

export function listOrgsInScope(db: Kysely<Database>, actor: Actor): Promise<OrgRow[]> {
  return db
    .selectFrom('orgs')
    .selectAll()
    .where(scopePredicate(actor, { org: 'orgs.id' }))
    .orderBy('region_code')
    .orderBy('name')
    .execute();
}

export function findOrgInScope(db: Kysely<Database>, actor: Actor, id: string): Promise<OrgRow | undefined> {
  return db
    .selectFrom('orgs')
    .selectAll()
    .where('id', '=', id)
    .where(scopePredicate(actor, { org: 'orgs.id' }))
    .executeTakeFirst();
}

export function findOrg(db: Kysely<Database>, id: string): Promise<OrgRow | undefined> {
  return db.selectFrom('orgs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertOrg(db: Kysely<Database>, row: OrgRow): Promise<void> {
  await db.insertInto('orgs').values(row).execute();
}

export async function updateOrgInScope(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  patch: Partial<Pick<OrgRow, 'name' | 'name_en' | 'updated_at'>>,
): Promise<number> {
  const res = await db
    .updateTable('orgs')
    .set(patch)
    .where('id', '=', id)
    .where(scopePredicate(actor, { org: 'orgs.id' }))
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** The oldest root organisation of kind province, if any (set up by `ecocloud init`). */
export function firstRootProvince(db: Kysely<Database>) {
  return db
    .selectFrom('orgs')
    .select('id')
    .where('parent_id', 'is', null)
    .where('kind', '=', 'province')
    .orderBy('created_at')
    .executeTakeFirst();
}

/** The organisation of a region code nearest the root (by path), if any. */
export function firstOrgOfRegion(db: Kysely<Database>, regionCode: string) {
  return db.selectFrom('orgs').select('id').where('region_code', '=', regionCode).orderBy('path').executeTakeFirst();
}

/** The organisation of a region code and kind, if any (kind: province, city, county or unit). */
export function findOrgByRegionAndKind(db: Kysely<Database>, regionCode: string, kind: string, name?: string) {
  let q = db.selectFrom('orgs').select('id').where('region_code', '=', regionCode).where('kind', '=', kind);
  if (name !== undefined) q = q.where('name', '=', name);
  return q.executeTakeFirst();
}
