import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { IndicatorRow, ItemRow, PlanRow } from '../shared/workplan.repository';

type Db = Kysely<Database>;

export const insertPlan = (db: Db, row: PlanRow) => db.insertInto('workplan_plans').values(row).execute();

export const updatePlanRow = (db: Db, id: string, set: Pick<PlanRow, 'title' | 'weights_json' | 'updated_at'>) =>
  db.updateTable('workplan_plans').set(set).where('id', '=', id).execute();

/** The id of an organisation's plan for a year, if it has one. */
export const findPlanIdOf = (db: Db, year: number, orgId: string) =>
  db.selectFrom('workplan_plans').select('id').where('year', '=', year).where('org_id', '=', orgId).executeTakeFirst();

export const setItemDoneAt = (db: Db, id: string, doneAt: string | null, updatedAt: string) =>
  db.updateTable('workplan_items').set({ done_at: doneAt, updated_at: updatedAt }).where('id', '=', id).execute();

export const deleteItemsOfPlan = (db: Db, planId: string) =>
  db.deleteFrom('workplan_items').where('plan_id', '=', planId).execute();

export const insertItemRow = (db: Db, row: ItemRow) => db.insertInto('workplan_items').values(row).execute();

export const insertItemUnits = (db: Db, itemId: string, units: readonly { org_id: string; role: string }[]) =>
  db
    .insertInto('workplan_item_units')
    .values(units.map((u) => ({ item_id: itemId, ...u })))
    .execute();

export async function regionCodesOfItem(db: Db, itemId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('workplan_item_regions')
    .select('region_code')
    .where('item_id', '=', itemId)
    .execute();
  return rows.map((r) => r.region_code);
}

export const insertItemRegions = (db: Db, itemId: string, codes: readonly string[]) =>
  db
    .insertInto('workplan_item_regions')
    .values(codes.map((region_code) => ({ item_id: itemId, region_code })))
    .execute();

export const insertIndicators = (db: Db, rows: readonly IndicatorRow[]) =>
  db
    .insertInto('workplan_indicators')
    .values([...rows])
    .execute();
