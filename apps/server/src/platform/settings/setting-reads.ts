import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** An application setting's stored value (JSON text), or undefined when never set. */
export async function readSetting(db: Kysely<Database>, key: string): Promise<string | undefined> {
  return (await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirst())?.value;
}
