import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { orgsByIds, type OrgSummary } from '../../../platform/orgs/org-reads';
import type { NoticeRow, ReportListRow, UnitRow } from './workplan.repository';
import { reachPredicate } from './reach.repository';
import type { Reach } from './workplan-scope';

/*
 * Work plan reads that show their units' organisations. Each is a query on the work plan's own tables
 * plus one organisation lookup by ids from the platform (which owns `orgs`), merged here. A row whose
 * organisation is missing is dropped, as the inner join it replaces did; orders the join gave by an
 * organisation's name are kept by sorting here.
 */

type Db = Kysely<Database>;

/**
 * Compares strings by code point, as SQLite's default (binary) collation and PostgreSQL's C collation
 * order them, so the order is the one the SQL `ORDER BY name` gave (not `localeCompare`'s).
 */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Each row with its unit's organisation (looked up by the id in `orgIdOf`), rows with no organisation dropped. */
async function withOrgs<R>(db: Db, rows: readonly R[], orgIdOf: (r: R) => string): Promise<[R, OrgSummary][]> {
  const orgs = await orgsByIds(db, rows.map(orgIdOf));
  return rows.flatMap((r): [R, OrgSummary][] => {
    const org = orgs.get(orgIdOf(r));
    return org ? [[r, org]] : [];
  });
}

/** A plan's item units with the organisation's name and path; leads first, then by name. */
export async function unitsOfPlan(db: Db, planId: string): Promise<UnitRow[]> {
  const units = await db
    .selectFrom('workplan_item_units as u')
    .innerJoin('workplan_items as i', 'i.id', 'u.item_id')
    .select(['u.item_id', 'u.org_id', 'u.role'])
    .where('i.plan_id', '=', planId)
    .orderBy('u.role', 'desc')
    .execute();
  return (await withOrgs(db, units, (u) => u.org_id))
    .map(([u, o]) => ({ ...u, name: o.name, path: o.path }))
    .sort((a, b) => byCodePoint(b.role, a.role) || byCodePoint(a.name, b.name));
}

/** A plan's reports (or one item's) with their round and unit name, oldest first. */
export async function reportsOfPlan(db: Db, planId: string, itemId?: string): Promise<ReportListRow[]> {
  let q = db
    .selectFrom('workplan_reports as r')
    .innerJoin('workplan_rounds as d', 'd.id', 'r.round_id')
    .selectAll('r')
    .select(['d.label as round_label', 'd.due_date'])
    .where('d.plan_id', '=', planId);
  if (itemId !== undefined) q = q.where('r.item_id', '=', itemId);
  const reports = await q.orderBy('r.submitted_at').execute();
  return (await withOrgs(db, reports, (r) => r.unit_org_id)).map(([r, o]) => ({ ...r, unit_name: o.name }));
}

export type NoticeListRow = NoticeRow & { item_title: string; unit_name: string };

/** Notices in reach with their item's title and the unit's name, oldest first. */
export async function listNotices(
  db: Db,
  reach: Reach,
  filter: { itemId?: string | undefined; openOnly?: boolean },
): Promise<NoticeListRow[]> {
  let q = db
    .selectFrom('workplan_notices as n')
    .innerJoin('workplan_items as i', 'i.id', 'n.item_id')
    .selectAll('n')
    .select(['i.title as item_title'])
    .where(reachPredicate(reach, 'n.item_id'));
  if (filter.itemId) q = q.where('n.item_id', '=', filter.itemId);
  if (filter.openOnly) q = q.where('n.state', '=', 'open');
  const notices = await q.orderBy('n.issued_at').execute();
  return (await withOrgs(db, notices, (n) => n.unit_org_id)).map(([n, o]) => ({ ...n, unit_name: o.name }));
}

/** The units of these items with their organisations, in a stable order (region, then name, then id). */
export async function unitsWithOrgsOfItems(db: Db, itemIds: readonly string[]) {
  if (!itemIds.length) return [];
  const units = await db
    .selectFrom('workplan_item_units')
    .select(['item_id', 'role', 'org_id'])
    .where('item_id', 'in', [...itemIds])
    .execute();
  return (
    (await withOrgs(db, units, (u) => u.org_id))
      .map(([u, o]) => ({
        item_id: u.item_id,
        role: u.role,
        id: o.id,
        name: o.name,
        path: o.path,
        region_code: o.region_code,
      }))
      // A stable order (organisation ids are random): a task's units draw from its seeded stream in turn.
      .sort(
        (a, b) =>
          byCodePoint(a.region_code, b.region_code) ||
          byCodePoint(a.name, b.name) ||
          byCodePoint(a.id, b.id) ||
          byCodePoint(a.item_id, b.item_id),
      )
  );
}
