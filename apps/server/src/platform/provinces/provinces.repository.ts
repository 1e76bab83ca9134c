import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export type ProvinceOrg = { id: string; name: string; kind: string; region_code: string };

/** The installed provinces' departments (the placeholder root left out), in tree order. */
export function installedProvinceOrgs(
  db: Kysely<Database>,
  placeholderRegion: string,
): Promise<{ id: string; region_code: string; name: string }[]> {
  return db
    .selectFrom('orgs')
    .select(['id', 'region_code', 'name'])
    .where('kind', '=', 'province')
    .where('region_code', '!=', placeholderRegion)
    .orderBy('path')
    .execute();
}

/** The province department of a region code nearest the root, if any. */
export function findProvinceOrg(db: Kysely<Database>, regionCode: string): Promise<ProvinceOrg | undefined> {
  return db
    .selectFrom('orgs')
    .select(['id', 'name', 'kind', 'region_code'])
    .where('kind', '=', 'province')
    .where('region_code', '=', regionCode)
    .orderBy('path')
    .executeTakeFirst();
}

/** The root organisation holding the placeholder region code, if any (an install without the demo). */
export function findPlaceholderRoot(db: Kysely<Database>, placeholderRegion: string): Promise<ProvinceOrg | undefined> {
  return db
    .selectFrom('orgs')
    .select(['id', 'name', 'kind', 'region_code'])
    .where('parent_id', 'is', null)
    .where('region_code', '=', placeholderRegion)
    .executeTakeFirst();
}

/** Renames an organisation and, when given, changes its region code and kind (no data-scope check: system use). */
export async function updateOrgAsSystem(
  db: Kysely<Database>,
  id: string,
  set: { name: string; updated_at: string; region_code?: string; kind?: 'province' },
): Promise<void> {
  await db.updateTable('orgs').set(set).where('id', '=', id).execute();
}

/** The codes already in a dictionary. */
export async function dictionaryCodes(db: Kysely<Database>, dictCode: string): Promise<string[]> {
  const rows = await db.selectFrom('dictionary_entries').select('code').where('dict_code', '=', dictCode).execute();
  return rows.map((r) => r.code);
}

/** The highest sort order in a dictionary (0 when it is empty). */
export async function maxSortOrder(db: Kysely<Database>, dictCode: string): Promise<number> {
  const max = await db
    .selectFrom('dictionary_entries')
    .select((eb) => eb.fn.max('sort_order').as('m'))
    .where('dict_code', '=', dictCode)
    .executeTakeFirst();
  return Number(max?.m ?? 0);
}
