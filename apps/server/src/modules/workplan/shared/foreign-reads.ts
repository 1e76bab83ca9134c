import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/*
 * Every query of the work plan module that names a table owned by another module or by the platform
 * (`orgs`, `dictionary_entries`, `users`), in one place.
 *
 * TO BE REPLACED by the owners' read functions (`platform/orgs/org-reads.ts` and the like) once they
 * exist: each function here is one read the owner should export; the joins keep today's SQL (and its
 * database-side ordering) so the behaviour does not change until then.
 */

type Db = Kysely<Database>;

/** The region code of an organisation (the default region of a plan's live metrics), or undefined. */
export async function orgRegionCode(db: Db, orgId: string): Promise<string | undefined> {
  const row = await db.selectFrom('orgs').select('region_code').where('id', '=', orgId).executeTakeFirst();
  return row?.region_code;
}
