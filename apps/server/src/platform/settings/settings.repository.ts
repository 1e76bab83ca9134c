import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** Writes one application setting (insert or replace). */
export async function putSetting(db: Kysely<Database>, key: string, value: string, at: string): Promise<void> {
  const res = await db
    .updateTable('app_settings')
    .set({ value, updated_at: at })
    .where('key', '=', key)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0)
    await db.insertInto('app_settings').values({ key, value, updated_at: at }).execute();
}

export async function settingValue(db: Kysely<Database>, key: string): Promise<string | undefined> {
  return (await db.selectFrom('app_settings').select('value').where('key', '=', key).executeTakeFirst())?.value;
}
