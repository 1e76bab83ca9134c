import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { QuarantineTable } from '../monitoring.tables';

export async function insertQuarantine(db: Kysely<Database>, row: Insertable<QuarantineTable>): Promise<void> {
  await db.insertInto('quarantine').values(row).execute();
}

/** Records how many inputs (and bytes) a row stands for: a run of junk counted into its first row. */
export async function updateQuarantineCount(
  db: Kysely<Database>,
  id: string,
  run: { count: number; bytes: number; lastAt: string },
): Promise<void> {
  // Only upwards: two updates of one run may finish out of order on a connection pool.
  await db
    .updateTable('quarantine')
    .set({ repeat_count: run.count, total_bytes: run.bytes, last_received_at: run.lastAt })
    .where('id', '=', id)
    .where('repeat_count', '<', run.count)
    .execute();
}

/** Deletes rows received before `before`; returns how many. */
export async function deleteQuarantineBefore(db: Kysely<Database>, before: string): Promise<number> {
  const result = await db.deleteFrom('quarantine').where('received_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** One page of quarantine rows, newest first, and the total. */
export async function quarantinePage(
  db: Kysely<Database>,
  q: { page: number; pageSize: number; mn?: string | undefined; reasonCode?: string | undefined },
) {
  let base = db.selectFrom('quarantine');
  if (q.mn) base = base.where('mn', '=', q.mn);
  if (q.reasonCode) base = base.where('reason_code', '=', q.reasonCode);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy('received_at', 'desc')
    .orderBy('id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { total: Number(total), rows };
}
