import type { Kysely, Updateable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { WorkplanIndicatorsTable, WorkplanItemsTable } from '../shared/workplan.tables';
import type { IndicatorRow, ItemRow } from '../shared/workplan.repository';

/** Writes of the item editor (edit, move, delete items and indicators); callers have checked the reach. */

type Db = Kysely<Database>;

export const updateItemRow = (db: Db, id: string, set: Updateable<WorkplanItemsTable>) =>
  db.updateTable('workplan_items').set(set).where('id', '=', id).execute();

/** The items of a plan as a tree's bare bones: for moving and deleting a branch. */
export const itemSkeletonOfPlan = (db: Db, planId: string) =>
  db
    .selectFrom('workplan_items')
    .select(['id', 'parent_id', 'position', 'level', 'root_id'])
    .where('plan_id', '=', planId)
    .execute();

/** Makes room at `position` among the children of `parentId` (top level when null). */
export function shiftSiblings(db: Db, planId: string, parentId: string | null, position: number) {
  let q = db
    .updateTable('workplan_items')
    .set((eb) => ({ position: eb('position', '+', 1) }))
    .where('plan_id', '=', planId)
    .where('position', '>=', position);
  q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId);
  return q.execute();
}

/** Replaces an item's units: leads, then co-leads not also leads (an organisation is a unit of an item once). */
export async function replaceItemUnits(
  db: Db,
  itemId: string,
  leads: readonly string[],
  cos: readonly string[],
): Promise<void> {
  await db.deleteFrom('workplan_item_units').where('item_id', '=', itemId).execute();
  const lead = [...new Set(leads)];
  const rows = [
    ...lead.map((org_id) => ({ item_id: itemId, org_id, role: 'lead' })),
    ...[...new Set(cos)].filter((o) => !lead.includes(o)).map((org_id) => ({ item_id: itemId, org_id, role: 'co' })),
  ];
  if (rows.length) await db.insertInto('workplan_item_units').values(rows).execute();
}

export async function replaceItemRegions(db: Db, itemId: string, codes: readonly string[]): Promise<void> {
  await db.deleteFrom('workplan_item_regions').where('item_id', '=', itemId).execute();
  const unique = [...new Set(codes)];
  if (unique.length)
    await db
      .insertInto('workplan_item_regions')
      .values(unique.map((region_code) => ({ item_id: itemId, region_code })))
      .execute();
}

/** How many reports were filed on these items (a branch with reports is history, not deleted). */
export async function reportCountOf(db: Db, itemIds: readonly string[]): Promise<number> {
  if (!itemIds.length) return 0;
  const row = await db
    .selectFrom('workplan_reports')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('item_id', 'in', [...itemIds])
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Deletes an item; its branch, units, regions and indicators go with it (ON DELETE CASCADE). */
export const deleteItemRow = (db: Db, id: string) => db.deleteFrom('workplan_items').where('id', '=', id).execute();

export const findIndicatorRow = (db: Db, id: string): Promise<IndicatorRow | undefined> =>
  db.selectFrom('workplan_indicators').selectAll().where('id', '=', id).executeTakeFirst();

export async function nextIndicatorPosition(db: Db, itemId: string): Promise<number> {
  const row = await db
    .selectFrom('workplan_indicators')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}

export const insertIndicatorRow = (db: Db, row: IndicatorRow) =>
  db.insertInto('workplan_indicators').values(row).execute();

export const updateIndicatorRow = (db: Db, id: string, set: Updateable<WorkplanIndicatorsTable>) =>
  db.updateTable('workplan_indicators').set(set).where('id', '=', id).execute();

export const deleteIndicatorRow = (db: Db, id: string) =>
  db.deleteFrom('workplan_indicators').where('id', '=', id).execute();

export type ItemSkeleton = Pick<ItemRow, 'id' | 'parent_id' | 'position' | 'level' | 'root_id'>;
