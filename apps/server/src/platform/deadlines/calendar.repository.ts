import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { CalendarDaysTable } from './deadlines.tables';

export function listCustomDays(db: Kysely<Database>) {
  return db.selectFrom('calendar_days').select(['date', 'kind', 'name']).execute();
}

export function findCustomDay(db: Kysely<Database>, date: string) {
  return db.selectFrom('calendar_days').selectAll().where('date', '=', date).executeTakeFirst();
}

/** Writes a custom day: replaces the row of its date when there is one (`exists`), inserts it otherwise. */
export async function saveCustomDay(
  db: Kysely<Database>,
  row: Insertable<CalendarDaysTable>,
  exists: boolean,
): Promise<void> {
  if (exists) await db.updateTable('calendar_days').set(row).where('date', '=', row.date).execute();
  else await db.insertInto('calendar_days').values(row).execute();
}
