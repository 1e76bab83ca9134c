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
import { reachPredicate } from './reach.repository';
import type { Reach } from './workplan-scope';

export type PlanRow = Selectable<WorkplanPlansTable>;
export type ItemRow = Selectable<WorkplanItemsTable>;
export type IndicatorRow = Selectable<WorkplanIndicatorsTable>;
export type RoundRow = Selectable<WorkplanRoundsTable>;
type ReportRow = Selectable<WorkplanReportsTable>;
export type NoticeRow = Selectable<WorkplanNoticesTable>;
export type UnitRow = { item_id: string; org_id: string; role: string; name: string; path: string };
type Db = Kysely<Database>;

export const findPlan = (db: Db, id: string) =>
  db.selectFrom('workplan_plans').selectAll().where('id', '=', id).executeTakeFirst();
export const listPlans = (db: Db) =>
  db.selectFrom('workplan_plans').selectAll().orderBy('year', 'desc').orderBy('title').execute();

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

export const roundsOfPlan = (db: Db, planId: string) =>
  db.selectFrom('workplan_rounds').selectAll().where('plan_id', '=', planId).orderBy('period_start').execute();

export const findRound = (db: Db, id: string) =>
  db.selectFrom('workplan_rounds').selectAll().where('id', '=', id).executeTakeFirst();

export function findReportInReach(db: Db, id: string, reach: Reach) {
  return db
    .selectFrom('workplan_reports')
    .selectAll()
    .where('id', '=', id)
    .where(reachPredicate(reach, 'workplan_reports.item_id'))
    .executeTakeFirst();
}

/** An item's lead and co-lead units (ids and roles), without reach: callers have checked the item. */
export const unitsOfItem = (db: Db, itemId: string) =>
  db.selectFrom('workplan_item_units').select(['org_id', 'role']).where('item_id', '=', itemId).execute();

/** An item by id without reach: for writers that have checked the caller already (or act as the system). */
export const findItemRow = (db: Db, id: string) =>
  db.selectFrom('workplan_items').selectAll().where('id', '=', id).executeTakeFirst();

/** The plan of each of these items. */
export const planIdsOfItems = (db: Db, ids: readonly string[]) =>
  ids.length
    ? db
        .selectFrom('workplan_items')
        .select(['id', 'plan_id'])
        .where('id', 'in', [...ids])
        .execute()
    : Promise.resolve([]);

/** The item an indicator belongs to. */
export const itemIdOfIndicator = (db: Db, indicatorId: string) =>
  db.selectFrom('workplan_indicators').select('item_id').where('id', '=', indicatorId).executeTakeFirst();
