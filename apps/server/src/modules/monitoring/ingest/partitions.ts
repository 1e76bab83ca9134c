import { sql, type Kysely } from 'kysely';
import type { Db } from '../../../db/database';
import type { Database } from '../../../db/schema';
import type { Reading } from './reading';

const knownPartitions = new WeakMap<object, Set<string>>();

/**
 * PostgreSQL stores observations in monthly partitions (by period start), created the first time a
 * month is written; a no-op on SQLite. `db` keys the per-process cache of months already created.
 */
export async function ensurePartitions(db: Db, trx: Kysely<Database>, readings: readonly Reading[]): Promise<void> {
  if (db.dialect !== 'postgres') return;
  const known = knownPartitions.get(db) ?? new Set<string>();
  knownPartitions.set(db, known);
  for (const month of new Set(readings.map((r) => r.periodStart.slice(0, 7)))) {
    if (known.has(month)) continue;
    const [y, m] = month.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    // Identifiers cannot be parameters; the name and bounds derive from validated ISO dates only.
    await sql`create table if not exists ${sql.id(`observations_p${month.replace('-', '')}`)} partition of observations for values from (${sql.lit(`${month}-01`)}) to (${sql.lit(`${next}-01`)})`.execute(trx);
    known.add(month);
  }
}
