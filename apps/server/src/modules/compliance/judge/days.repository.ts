import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ComplianceDaysTable } from '../compliance.tables';

export type DayRow = Insertable<ComplianceDaysTable>;
export type StoredDayRow = Selectable<ComplianceDaysTable>;

/** Replaces the outlet's rows of those days (re-judging is idempotent: pollutants no longer limited go too). */
export async function replaceDays(
  db: Kysely<Database>,
  outletId: string,
  days: readonly string[],
  rows: readonly DayRow[],
): Promise<void> {
  if (!days.length) return;
  await db
    .deleteFrom('compliance_days')
    .where('outlet_id', '=', outletId)
    .where('day', 'in', [...days])
    .execute();
  // In slices: a year of days × pollutants would pass SQLite's and PostgreSQL's bound-parameter limits.
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('compliance_days')
      .values(rows.slice(i, i + 500))
      .execute();
}

/** The outlet × pollutant's exceeding days, in order. */
export function exceedingDays(db: Kysely<Database>, outletId: string, pollutant: string) {
  return db
    .selectFrom('compliance_days')
    .select(['day', 'mean', 'multiple'])
    .where('outlet_id', '=', outletId)
    .where('pollutant', '=', pollutant)
    .where('exceeded', '=', 1)
    .orderBy('day')
    .execute();
}

/** One day's row of an outlet × pollutant, if judged. */
export function dayRow(db: Kysely<Database>, outletId: string, pollutant: string, day: string) {
  return db
    .selectFrom('compliance_days')
    .selectAll()
    .where('outlet_id', '=', outletId)
    .where('pollutant', '=', pollutant)
    .where('day', '=', day)
    .executeTakeFirst();
}

/** Day rows of the outlets with days in [fromDay, toDay] (YYYY-MM-DD, inclusive), by outlet, pollutant, day. */
export function daysOf(
  db: Kysely<Database>,
  outletIds: readonly string[],
  fromDay: string,
  toDay: string,
): Promise<StoredDayRow[]> {
  if (!outletIds.length) return Promise.resolve([]);
  return db
    .selectFrom('compliance_days')
    .selectAll()
    .where('outlet_id', 'in', [...outletIds])
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .orderBy('outlet_id')
    .orderBy('pollutant')
    .orderBy('day')
    .execute();
}
