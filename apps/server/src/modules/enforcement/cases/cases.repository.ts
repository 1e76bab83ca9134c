import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { EnforcementCaseEventsTable, EnforcementCasesTable } from '../enforcement.tables';

export type CaseRow = Selectable<EnforcementCasesTable>;
export type CaseEventRow = Selectable<EnforcementCaseEventsTable>;

export const insertCase = (db: Kysely<Database>, row: Insertable<EnforcementCasesTable>) =>
  db.insertInto('enforcement_cases').values(row).execute();

export const updateCase = (db: Kysely<Database>, id: string, patch: Updateable<EnforcementCasesTable>) =>
  db.updateTable('enforcement_cases').set(patch).where('id', '=', id).execute();

export const findCase = (db: Kysely<Database>, id: string) =>
  db.selectFrom('enforcement_cases').selectAll().where('id', '=', id).executeTakeFirst();

/** The cases of the given enterprises, newest first (the scope is applied by the caller through the register). */
export function casesOf(db: Kysely<Database>, enterpriseIds: readonly string[]): Promise<CaseRow[]> {
  if (!enterpriseIds.length) return Promise.resolve([]);
  return db
    .selectFrom('enforcement_cases')
    .selectAll()
    .where('enterprise_id', 'in', [...enterpriseIds])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

/** The events of the cases, oldest first (by day, then as recorded). */
export async function eventsOf(db: Kysely<Database>, caseIds: readonly string[]): Promise<CaseEventRow[]> {
  if (!caseIds.length) return [];
  return db
    .selectFrom('enforcement_case_events')
    .selectAll()
    .where('case_id', 'in', [...caseIds])
    .orderBy('date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export const insertEvent = (db: Kysely<Database>, row: Insertable<EnforcementCaseEventsTable>) =>
  db.insertInto('enforcement_case_events').values(row).execute();

export const closePause = (db: Kysely<Database>, id: string, endDate: string) =>
  db.updateTable('enforcement_case_events').set({ end_date: endDate }).where('id', '=', id).execute();

/** How many cases were opened in the year (the serial of the next case number, unique by the table). */
export async function casesOpenedInYear(db: Kysely<Database>, year: number): Promise<number> {
  const row = await db
    .selectFrom('enforcement_cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('created_at', '>=', `${year}-01-01`)
    .where('created_at', '<', `${year + 1}-01-01`)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** How many cases came from the lead (a lead opens one case). */
export async function casesOfLead(db: Kysely<Database>, leadId: string): Promise<number> {
  const row = await db
    .selectFrom('enforcement_cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('lead_id', '=', leadId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
