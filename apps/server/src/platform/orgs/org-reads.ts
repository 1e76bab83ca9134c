import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** The province's region code: the root province organisation's, or undefined before one exists. */
export async function provinceRegionCode(db: Kysely<Database>): Promise<string | undefined> {
  const org = await db
    .selectFrom('orgs')
    .select('region_code')
    .where('kind', '=', 'province')
    .orderBy('path')
    .executeTakeFirst();
  return org?.region_code;
}

export type OrgRef = { id: string; path: string; region_code: string };

/** The first-created root organisation (the install's department), or undefined on an empty install. */
export function rootOrg(db: Kysely<Database>): Promise<OrgRef | undefined> {
  return db
    .selectFrom('orgs')
    .select(['id', 'path', 'region_code'])
    .where('parent_id', 'is', null)
    .orderBy('created_at')
    .executeTakeFirst();
}

/** The administrative organisation (county, city or province) of a region code, the highest first. */
export function orgOfRegion(db: Kysely<Database>, regionCode: string): Promise<OrgRef | undefined> {
  return db
    .selectFrom('orgs')
    .select(['id', 'path', 'region_code'])
    .where('region_code', '=', regionCode)
    .where('kind', 'in', ['county', 'city', 'province'])
    .orderBy('path')
    .executeTakeFirst();
}
