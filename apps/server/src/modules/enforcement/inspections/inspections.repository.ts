import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { EnforcementTables } from '../enforcement.tables';

export type InspectionObjectRow = Selectable<EnforcementTables['inspection_objects']>;
export type InspectorRow = Selectable<EnforcementTables['inspectors']>;
export type InspectionPlanRow = Selectable<EnforcementTables['inspection_plans']>;

export async function objectRowsOf(db: Kysely<Database>, enterpriseIds: readonly string[]) {
  if (!enterpriseIds.length) return new Map<string, InspectionObjectRow>();
  const rows = await db
    .selectFrom('inspection_objects')
    .selectAll()
    .where('enterprise_id', 'in', [...enterpriseIds])
    .execute();
  return new Map(rows.map((r) => [r.enterprise_id, r]));
}

export async function upsertObject(db: Kysely<Database>, row: Insertable<EnforcementTables['inspection_objects']>) {
  await db
    .insertInto('inspection_objects')
    .values(row)
    .onConflict((oc) =>
      oc.column('enterprise_id').doUpdateSet({
        library: row.library,
        reasons: row.reasons,
        positive_list: row.positive_list,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/**
 * The enterprises among these with a decision (处罚决定) dated in the year, with the case number of the
 * latest: the "penalised last year" criterion of a special object.
 */
export async function decidedInYear(
  db: Kysely<Database>,
  enterpriseIds: readonly string[],
  year: number,
): Promise<Map<string, string>> {
  if (!enterpriseIds.length) return new Map();
  const rows = await db
    .selectFrom('enforcement_case_events')
    .innerJoin('enforcement_cases', 'enforcement_cases.id', 'enforcement_case_events.case_id')
    .select(['enforcement_cases.enterprise_id', 'enforcement_cases.case_no'])
    .where('enforcement_case_events.kind', '=', 'decided')
    .where('enforcement_case_events.date', '>=', `${year}-01-01`)
    .where('enforcement_case_events.date', '<=', `${year}-12-31`)
    .where('enforcement_cases.enterprise_id', 'in', [...enterpriseIds])
    .orderBy('enforcement_case_events.date')
    .execute();
  return new Map(rows.map((r) => [r.enterprise_id, r.case_no]));
}

export async function inspectorRowsOf(db: Kysely<Database>, userIds: readonly string[]) {
  if (!userIds.length) return new Map<string, InspectorRow>();
  const rows = await db
    .selectFrom('inspectors')
    .selectAll()
    .where('user_id', 'in', [...userIds])
    .execute();
  return new Map(rows.map((r) => [r.user_id, r]));
}

export async function upsertInspector(db: Kysely<Database>, row: Insertable<EnforcementTables['inspectors']>) {
  await db
    .insertInto('inspectors')
    .values(row)
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        org_id: row.org_id,
        recusals: row.recusals,
        active: row.active,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export const insertPlan = (db: Kysely<Database>, row: Insertable<EnforcementTables['inspection_plans']>) =>
  db.insertInto('inspection_plans').values(row).execute();

export const findPlan = (db: Kysely<Database>, id: string) =>
  db.selectFrom('inspection_plans').selectAll().where('id', '=', id).executeTakeFirst();

export const allPlans = (db: Kysely<Database>) =>
  db.selectFrom('inspection_plans').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();

export const publishedPlans = (db: Kysely<Database>) =>
  db
    .selectFrom('inspection_plans')
    .selectAll()
    .where('published_at', 'is not', null)
    .orderBy('published_at', 'desc')
    .orderBy('id')
    .execute();

export const planOf = (db: Kysely<Database>, orgId: string, regionCode: string, period: string) =>
  db
    .selectFrom('inspection_plans')
    .select('id')
    .where('org_id', '=', orgId)
    .where('region_code', '=', regionCode)
    .where('period', '=', period)
    .executeTakeFirst();

export const setPublished = (db: Kysely<Database>, id: string, at: string) =>
  db.updateTable('inspection_plans').set({ published_at: at }).where('id', '=', id).execute();
