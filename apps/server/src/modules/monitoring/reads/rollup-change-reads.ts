import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/**
 * The mark of the daily rollups: their newest update time ('' before any exists). A reader that
 * stored an earlier mark asks `dailyRollupDaysChangedSince` for the days to recompute.
 */
export async function dailyRollupMark(db: Kysely<Database>): Promise<string> {
  const row = await db
    .selectFrom('observation_rollups')
    .select((eb) => eb.fn.max('updated_at').as('m'))
    .where('period', '=', '1d')
    .executeTakeFirst();
  return row?.m ?? '';
}

/** Day starts whose daily rollups were written at or after `sinceIso` (changes since a mark). */
export async function dailyRollupDaysChangedSince(db: Kysely<Database>, sinceIso: string): Promise<string[]> {
  const rows = await db
    .selectFrom('observation_rollups')
    .select('period_start')
    .distinct()
    .where('period', '=', '1d')
    .where('updated_at', '>=', sinceIso)
    .execute();
  return rows.map((r) => r.period_start);
}
