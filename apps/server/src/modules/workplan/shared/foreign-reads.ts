import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ReportListRow, UnitRow } from './workplan.repository';
import { reachPredicate, type Reach } from './workplan-scope';

/*
 * Every query of the work plan module that names a table owned by another module or by the platform
 * (`orgs`, `dictionary_entries`, `users`), in one place.
 *
 * TO BE REPLACED by the owners' read functions (`platform/orgs/org-reads.ts` and the like) once they
 * exist: each function here is one read the owner should export; the joins keep today's SQL (and its
 * database-side ordering) so the behaviour does not change until then.
 */

type Db = Kysely<Database>;

/** The region code of an organisation (the default region of a plan's live metrics), or undefined. */
export async function orgRegionCode(db: Db, orgId: string): Promise<string | undefined> {
  const row = await db.selectFrom('orgs').select('region_code').where('id', '=', orgId).executeTakeFirst();
  return row?.region_code;
}

/** An organisation's kind (`province`, `city`, `division`, …): a division officer's reach depends on it. */
export async function orgKindOf(db: Db, orgId: string): Promise<string | undefined> {
  const row = await db.selectFrom('orgs').select('kind').where('id', '=', orgId).executeTakeFirst();
  return row?.kind;
}

/** One organisation, as the work plan uses it (a unit to report or reply for). */
export const findOrgById = (db: Db, id: string) =>
  db.selectFrom('orgs').select(['id', 'name', 'path', 'kind', 'region_code']).where('id', '=', id).executeTakeFirst();

/** Every organisation (id, name, kind): the demo seeder and the importer match units by name. */
export const listOrgs = (db: Db) => db.selectFrom('orgs').select(['id', 'name', 'kind']).execute();

/** The ids of the organisations in a subtree (by materialised path prefix). */
export async function orgIdsInSubtree(db: Db, orgPath: string): Promise<string[]> {
  const rows = await db.selectFrom('orgs').select('id').where('path', 'like', `${orgPath}%`).execute();
  return rows.map((r) => r.id);
}

/** Which of these ids name existing organisations. */
export async function existingOrgIds(db: Db, ids: readonly string[]): Promise<string[]> {
  const rows = await db
    .selectFrom('orgs')
    .select('id')
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return rows.map((r) => r.id);
}

/** The organisation a plan imported on the command line belongs to: the first in a region, else the province. */
export async function planOrgForCli(db: Db, regionCode: string | undefined): Promise<{ id: string } | undefined> {
  const q = db.selectFrom('orgs').select('id');
  return (
    regionCode ? q.where('region_code', '=', regionCode).orderBy('path') : q.where('kind', '=', 'province')
  ).executeTakeFirst();
}

/** The region dictionary as places the plan parser recognises. */
export async function regionPlaces(db: Db): Promise<{ code: string; name: string }[]> {
  const rows = await db
    .selectFrom('dictionary_entries')
    .select(['code', 'label'])
    .where('dict_code', '=', 'region')
    .execute();
  return rows.map((r) => ({ code: r.code, name: r.label }));
}

/** A user with their organisation, by username: the demo year acts as the leader. */
export const userWithOrg = (db: Db, username: string) =>
  db
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.org_id')
    .select([
      'users.id as userId',
      'users.username',
      'users.display_name',
      'orgs.id',
      'orgs.name',
      'orgs.path',
      'orgs.region_code',
    ])
    .where('users.username', '=', username)
    .executeTakeFirst();

/** The units of these items with their organisations, in a stable order (region, then name). */
export const unitsWithOrgsOfItems = (db: Db, itemIds: readonly string[]) =>
  db
    .selectFrom('workplan_item_units')
    .innerJoin('orgs', 'orgs.id', 'workplan_item_units.org_id')
    .select([
      'workplan_item_units.item_id',
      'workplan_item_units.role',
      'orgs.id',
      'orgs.name',
      'orgs.path',
      'orgs.region_code',
    ])
    .where('workplan_item_units.item_id', 'in', itemIds.length ? [...itemIds] : [''])
    // A stable order (organisation ids are random): a task's units draw from its seeded stream in turn.
    .orderBy('orgs.region_code')
    .orderBy('orgs.name')
    .execute();

/** A plan's item units with the organisation's name and path; leads first, then by name. */
export function unitsOfPlan(db: Db, planId: string): Promise<UnitRow[]> {
  return db
    .selectFrom('workplan_item_units as u')
    .innerJoin('workplan_items as i', 'i.id', 'u.item_id')
    .innerJoin('orgs as o', 'o.id', 'u.org_id')
    .select(['u.item_id', 'u.org_id', 'u.role', 'o.name', 'o.path'])
    .where('i.plan_id', '=', planId)
    .orderBy('u.role', 'desc')
    .orderBy('o.name')
    .execute();
}

/** A plan's reports (or one item's) with their round and unit name, oldest first. */
export function reportsOfPlan(db: Db, planId: string, itemId?: string): Promise<ReportListRow[]> {
  let q = db
    .selectFrom('workplan_reports as r')
    .innerJoin('workplan_rounds as d', 'd.id', 'r.round_id')
    .innerJoin('orgs as o', 'o.id', 'r.unit_org_id')
    .selectAll('r')
    .select(['d.label as round_label', 'd.due_date', 'o.name as unit_name'])
    .where('d.plan_id', '=', planId);
  if (itemId !== undefined) q = q.where('r.item_id', '=', itemId);
  return q.orderBy('r.submitted_at').execute();
}

/** Notices in reach with their item's title and the unit's name, oldest first. */
export function listNotices(db: Db, reach: Reach, filter: { itemId?: string | undefined; openOnly?: boolean }) {
  let q = db
    .selectFrom('workplan_notices as n')
    .innerJoin('workplan_items as i', 'i.id', 'n.item_id')
    .innerJoin('orgs as o', 'o.id', 'n.unit_org_id')
    .selectAll('n')
    .select(['i.title as item_title', 'o.name as unit_name'])
    .where(reachPredicate(reach, 'n.item_id'));
  if (filter.itemId) q = q.where('n.item_id', '=', filter.itemId);
  if (filter.openOnly) q = q.where('n.state', '=', 'open');
  return q.orderBy('n.issued_at').execute();
}
