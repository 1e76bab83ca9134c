import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

type Db = Kysely<Database>;

/** Whether any report was made under the plan (the demo year is replayed only once). */
export const anyReportOfPlan = (db: Db, planId: string) =>
  db
    .selectFrom('workplan_reports')
    .innerJoin('workplan_rounds', 'workplan_rounds.id', 'workplan_reports.round_id')
    .select('workplan_reports.id')
    .where('workplan_rounds.plan_id', '=', planId)
    .executeTakeFirst();

export const planById = (db: Db, planId: string) =>
  db.selectFrom('workplan_plans').selectAll().where('id', '=', planId).executeTakeFirstOrThrow();

/** The plan's tasks in plan order. */
export const tasksOfPlan = (db: Db, planId: string) =>
  db
    .selectFrom('workplan_items')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('kind', '=', 'task')
    .orderBy('level')
    .orderBy('position')
    .execute();

export const manualIndicators = (db: Db) =>
  db.selectFrom('workplan_indicators').selectAll().where('source', '=', 'manual').execute();

/** The id of the report a unit made on an item for a round. */
export const reportIdFor = (db: Db, roundId: string, itemId: string, unitId: string) =>
  db
    .selectFrom('workplan_reports')
    .select('id')
    .where('round_id', '=', roundId)
    .where('item_id', '=', itemId)
    .where('unit_org_id', '=', unitId)
    .executeTakeFirstOrThrow();
