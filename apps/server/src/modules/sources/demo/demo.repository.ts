import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { DemoRegister } from './demo-register';

type Db = Kysely<Database>;

/** Whether the register holds any enterprise (the demo register is seeded only into an empty one). */
export const anyEnterprise = (db: Db) => db.selectFrom('enterprises').select('id').limit(1).executeTakeFirst();

// Rows per INSERT: well under SQLite's bound-parameter limit for the widest table (enterprises, 19 columns).
const CHUNK = 200;

async function insertChunked<T extends keyof Database>(trx: Db, table: T, rows: readonly object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute();
}

/** Writes the whole demo register in one transaction, parents before children. */
export function insertDemoRegister(db: Db, register: DemoRegister): Promise<void> {
  return db.transaction().execute(async (trx) => {
    await insertChunked(trx, 'enterprises', register.enterprises);
    await insertChunked(trx, 'outlets', register.outlets);
    await insertChunked(trx, 'permits', register.permits);
    await insertChunked(trx, 'permit_limits', register.limits);
    await insertChunked(trx, 'permit_events', register.events);
    await insertChunked(trx, 'execution_reports', register.reports);
  });
}
