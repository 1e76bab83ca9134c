import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ComplianceSpecialPeriodsTable } from '../compliance.tables';

export type SpecialPeriodRow = Selectable<ComplianceSpecialPeriodsTable>;

/** Every special period, latest start first. */
export function listPeriods(db: Kysely<Database>): Promise<SpecialPeriodRow[]> {
  return db.selectFrom('compliance_special_periods').selectAll().orderBy('start', 'desc').orderBy('id').execute();
}

/** Periods in force at some instant of [fromIso, toIso). */
export function periodsOverlapping(db: Kysely<Database>, fromIso: string, toIso: string): Promise<SpecialPeriodRow[]> {
  return db
    .selectFrom('compliance_special_periods')
    .selectAll()
    .where('start', '<', toIso)
    .where('end', '>', fromIso)
    .orderBy('start')
    .orderBy('id')
    .execute();
}

export function findPeriod(db: Kysely<Database>, id: string): Promise<SpecialPeriodRow | undefined> {
  return db.selectFrom('compliance_special_periods').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertPeriod(
  db: Kysely<Database>,
  row: Insertable<ComplianceSpecialPeriodsTable>,
): Promise<void> {
  await db.insertInto('compliance_special_periods').values(row).execute();
}

export async function deletePeriod(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('compliance_special_periods').where('id', '=', id).execute();
}
