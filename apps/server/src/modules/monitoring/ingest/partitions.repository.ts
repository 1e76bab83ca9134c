import { sql, type Kysely } from 'kysely';
import type { Db } from '../../../db/database';
import type { Database } from '../../../db/schema';
import type { Reading } from './reading';

const knownPartitions = new WeakMap<object, Set<string>>();

const monthsOf = (readings: readonly Reading[]) => new Set(readings.map((r) => r.periodStart.slice(0, 7)));

/**
 * PostgreSQL stores observations in monthly partitions (by period start), created the first time a
 * month is written; a no-op on SQLite. `db` keys the per-process cache of months already created.
 * The cache is a hint: a month is recorded when its partition is created inside the caller's
 * transaction, which may still roll back (writeObservations below corrects it then).
 */
export async function ensurePartitions(db: Db, trx: Kysely<Database>, readings: readonly Reading[]): Promise<void> {
  if (db.dialect !== 'postgres') return;
  const known = knownPartitions.get(db) ?? new Set<string>();
  knownPartitions.set(db, known);
  for (const month of monthsOf(readings)) {
    if (known.has(month)) continue;
    const [y, m] = month.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    // Identifiers cannot be parameters; the name and bounds derive from validated ISO dates only.
    await sql`create table if not exists ${sql.id(`observations_p${month.replace('-', '')}`)} partition of observations for values from (${sql.lit(`${month}-01`)}) to (${sql.lit(`${next}-01`)})`.execute(
      trx,
    );
    known.add(month);
  }
}

const isMissingPartition = (err: unknown): boolean =>
  err instanceof Error && err.message.includes('no partition of relation');

/**
 * Runs `insert` (which writes `readings` into observations) after ensurePartitions. A month the
 * cache remembers may have lost its partition: created in a transaction that then rolled back
 * (issue #11: every write to that month failed until the process restarted). On PostgreSQL the
 * insert runs under a savepoint, and when no partition takes a row, the cache forgets the months,
 * creates them again and retries once, in the same transaction.
 */
export async function writeObservations(
  db: Db,
  trx: Kysely<Database>,
  readings: readonly Reading[],
  insert: () => Promise<void>,
): Promise<void> {
  await ensurePartitions(db, trx, readings);
  if (db.dialect !== 'postgres') return insert();
  await sql`savepoint observations_write`.execute(trx);
  try {
    await insert();
  } catch (err) {
    if (!isMissingPartition(err)) throw err;
    await sql`rollback to savepoint observations_write`.execute(trx);
    const known = knownPartitions.get(db);
    for (const month of monthsOf(readings)) known?.delete(month);
    await ensurePartitions(db, trx, readings);
    await insert();
  }
  await sql`release savepoint observations_write`.execute(trx);
}
