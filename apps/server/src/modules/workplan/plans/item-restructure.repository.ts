import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/** Writes of splitting and merging items; callers have checked the reach of every item named. */

type Db = Kysely<Database>;

/** Moves the siblings after `position` down by `by`, to make room for the parts of a split item. */
export function shiftSiblingsAfter(db: Db, planId: string, parentId: string | null, position: number, by: number) {
  let q = db
    .updateTable('workplan_items')
    .set((eb) => ({ position: eb('position', '+', by) }))
    .where('plan_id', '=', planId)
    .where('position', '>', position);
  q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId);
  return q.execute();
}

/** The regions of several items (to union them on a merge). */
export const regionsOfItems = (db: Db, itemIds: readonly string[]) =>
  db
    .selectFrom('workplan_item_regions')
    .select(['item_id', 'region_code'])
    .where('item_id', 'in', [...itemIds])
    .execute();

/** The units of several items, with their roles (to union them on a merge). */
export const unitsOfItems = (db: Db, itemIds: readonly string[]) =>
  db
    .selectFrom('workplan_item_units')
    .select(['item_id', 'org_id', 'role'])
    .where('item_id', 'in', [...itemIds])
    .execute();

/** The indicators of several items, in order: those of merged items follow the kept item's. */
export const indicatorOrderOf = (db: Db, itemIds: readonly string[]) =>
  db
    .selectFrom('workplan_indicators')
    .select(['id', 'item_id', 'position'])
    .where('item_id', 'in', [...itemIds])
    .orderBy('position')
    .execute();

/**
 * Rounds in which one unit reported on two of these items: a merge would give the kept item two
 * reports of one round and unit, which the table refuses (one report per round, item and unit).
 */
export const overlappingReports = (db: Db, itemIds: readonly string[]) =>
  db
    .selectFrom('workplan_reports as r')
    .innerJoin('workplan_rounds as d', 'd.id', 'r.round_id')
    .select(['r.round_id', 'd.label', 'r.unit_org_id'])
    .where('r.item_id', 'in', [...itemIds])
    .groupBy(['r.round_id', 'd.label', 'r.unit_org_id'])
    .having((eb) => eb.fn.countAll(), '>', 1)
    .orderBy('d.label')
    .execute();

/** Reports (with their comments and attachments) and supervision notices of merged items go to the kept one. */
export async function moveHistory(db: Db, fromIds: readonly string[], toId: string): Promise<void> {
  await db
    .updateTable('workplan_reports')
    .set({ item_id: toId })
    .where('item_id', 'in', [...fromIds])
    .execute();
  await db
    .updateTable('workplan_notices')
    .set({ item_id: toId })
    .where('item_id', 'in', [...fromIds])
    .execute();
}

/** Deletes merged items, once their children, indicators and history have moved (units and regions cascade). */
export const deleteItems = (db: Db, ids: readonly string[]) =>
  db
    .deleteFrom('workplan_items')
    .where('id', 'in', [...ids])
    .execute();
