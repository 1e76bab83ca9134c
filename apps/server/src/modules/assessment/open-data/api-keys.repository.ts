import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { ApiKeysTable } from '../assessment.tables';

export type ApiKeyRow = Selectable<ApiKeysTable>;

export function listKeyRows(db: Kysely<Database>): Promise<ApiKeyRow[]> {
  return db.selectFrom('api_keys').selectAll().orderBy('created_at').execute();
}

export function findKeyRow(db: Kysely<Database>, id: string): Promise<ApiKeyRow | undefined> {
  return db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The active key with this hash, if any (one indexed read). */
export function findActiveKeyRow(db: Kysely<Database>, keyHash: string): Promise<ApiKeyRow | undefined> {
  return db
    .selectFrom('api_keys')
    .selectAll()
    .where('key_hash', '=', keyHash)
    .where('is_active', '=', 1)
    .executeTakeFirst();
}

export async function insertKeyRow(db: Kysely<Database>, row: ApiKeyRow): Promise<void> {
  await db.insertInto('api_keys').values(row).execute();
}

export async function updateKeyRow(
  db: Kysely<Database>,
  id: string,
  set: Partial<Pick<ApiKeyRow, 'name' | 'rate_limit' | 'is_active' | 'updated_at' | 'last_used_at'>>,
): Promise<void> {
  await db.updateTable('api_keys').set(set).where('id', '=', id).execute();
}

export async function deleteKeyRow(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('api_keys').where('id', '=', id).execute();
}
