import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** True when some audit entry carries no signature (written before the audit anchor, migration 0008). */
export async function hasUnsignedEntry(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('audit_log').select('seq').where('mac', 'is', null).limit(1).executeTakeFirst();
  return row !== undefined;
}
