import type { Kysely } from 'kysely';
import type { Db } from '../../../../db/database';
import type { Database } from '../../../../db/schema';

/** The last file-journal entry the main database records as applied (0 before the first). */
export async function appliedUptoOf(db: Db, journalId: string): Promise<number> {
  const r = await db
    .selectFrom('ingest_journal_applied')
    .select('applied_upto')
    .where('journal_id', '=', journalId)
    .executeTakeFirst();
  return Number(r?.applied_upto ?? 0);
}

/** Records, in the applying transaction, that entries up to `last` are applied. */
export async function recordApplied(trx: Kysely<Database>, journalId: string, last: number, at: string): Promise<void> {
  await trx
    .insertInto('ingest_journal_applied')
    .values({ journal_id: journalId, applied_upto: last, updated_at: at })
    .onConflict((oc) => oc.column('journal_id').doUpdateSet({ applied_upto: last, updated_at: at }))
    .execute();
}
