import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema';
import type {
  WorkplanIndicatorsTable,
  WorkplanItemsTable,
  WorkplanNoticesTable,
  WorkplanPlansTable,
  WorkplanReportsTable,
  WorkplanRoundsTable,
} from './workplan.tables';
import { reachPredicate, type Reach } from './workplan-scope';

export type PlanRow = Selectable<WorkplanPlansTable>;
export type ItemRow = Selectable<WorkplanItemsTable>;
export type IndicatorRow = Selectable<WorkplanIndicatorsTable>;
export type RoundRow = Selectable<WorkplanRoundsTable>;
export type ReportRow = Selectable<WorkplanReportsTable>;
export type NoticeRow = Selectable<WorkplanNoticesTable>;
export type UnitRow = { item_id: string; org_id: string; role: string; name: string; path: string };
type Db = Kysely<Database>;

export const findPlan = (db: Db, id: string) =>
  db.selectFrom('workplan_plans').selectAll().where('id', '=', id).executeTakeFirst();
export const listPlans = (db: Db) =>
  db.selectFrom('workplan_plans').selectAll().orderBy('year', 'desc').orderBy('title').execute();
export const findPlanOf = (db: Db, year: number, orgId: string) =>
  db.selectFrom('workplan_plans').selectAll().where('year', '=', year).where('org_id', '=', orgId).executeTakeFirst();

export function listItems(db: Db, planId: string, reach: Reach): Promise<ItemRow[]> {
  return db
    .selectFrom('workplan_items')
    .selectAll()
    .where('plan_id', '=', planId)
    .where(reachPredicate(reach))
    .orderBy('level')
    .orderBy('position')
    .execute();
}

export function findItem(db: Db, id: string, reach: Reach): Promise<ItemRow | undefined> {
  return db
    .selectFrom('workplan_items')
    .selectAll()
    .where('id', '=', id)
    .where(reachPredicate(reach))
    .executeTakeFirst();
}

export async function nextPosition(db: Db, planId: string, parentId: string | null): Promise<number> {
  const q = db
    .selectFrom('workplan_items')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('plan_id', '=', planId);
  const row = await (
    parentId ? q.where('parent_id', '=', parentId) : q.where('parent_id', 'is', null)
  ).executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 1 : Number(row.max) + 1;
}

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

export function regionsOfPlan(db: Db, planId: string) {
  return db
    .selectFrom('workplan_item_regions as r')
    .innerJoin('workplan_items as i', 'i.id', 'r.item_id')
    .select(['r.item_id', 'r.region_code'])
    .where('i.plan_id', '=', planId)
    .orderBy('r.region_code')
    .execute();
}

export function indicatorsOfPlan(db: Db, planId: string): Promise<IndicatorRow[]> {
  return db
    .selectFrom('workplan_indicators as x')
    .innerJoin('workplan_items as i', 'i.id', 'x.item_id')
    .selectAll('x')
    .where('i.plan_id', '=', planId)
    .orderBy('x.position')
    .execute();
}

export type ReportListRow = ReportRow & { round_label: string; due_date: string; unit_name: string };

/** A plan's reports (or one item's), oldest first. */
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

export const roundsOfPlan = (db: Db, planId: string) =>
  db.selectFrom('workplan_rounds').selectAll().where('plan_id', '=', planId).orderBy('period_start').execute();

export const findRound = (db: Db, id: string) =>
  db.selectFrom('workplan_rounds').selectAll().where('id', '=', id).executeTakeFirst();

export const findOrgById = (db: Db, id: string) =>
  db.selectFrom('orgs').select(['id', 'name', 'path', 'kind', 'region_code']).where('id', '=', id).executeTakeFirst();

export function findReportInReach(db: Db, id: string, reach: Reach) {
  return db
    .selectFrom('workplan_reports')
    .selectAll()
    .where('id', '=', id)
    .where(reachPredicate(reach, 'workplan_reports.item_id'))
    .executeTakeFirst();
}

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
