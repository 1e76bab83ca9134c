import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { WorkplanMonthlyReportsTable } from './monthly.tables';

export type MonthlyRow = Selectable<WorkplanMonthlyReportsTable>;
type Db = Kysely<Database>;

export const findMonthly = (db: Db, id: string) =>
  db.selectFrom('workplan_monthly_reports').selectAll().where('id', '=', id).executeTakeFirst();

export const findMonthlyOf = (db: Db, planId: string, month: string) =>
  db
    .selectFrom('workplan_monthly_reports')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('month', '=', month)
    .executeTakeFirst();

export const listMonthlyOf = (db: Db, planId: string) =>
  db
    .selectFrom('workplan_monthly_reports')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('month', 'desc')
    .execute();

export const insertMonthly = (db: Db, row: MonthlyRow) =>
  db.insertInto('workplan_monthly_reports').values(row).execute();

/** Updates a report only while it is still in `fromStates`: a concurrent step loses instead of overwriting. */
export async function updateMonthly(
  db: Db,
  id: string,
  fromStates: readonly string[],
  set: Partial<Omit<MonthlyRow, 'id' | 'plan_id' | 'month'>>,
): Promise<boolean> {
  const res = await db
    .updateTable('workplan_monthly_reports')
    .set(set)
    .where('id', '=', id)
    .where('state', 'in', [...fromStates])
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
