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

/** An organisation as other modules use it (a unit to report for, a plan's owner). */
export type OrgSummary = { id: string; name: string; path: string; kind: string; region_code: string };

/** One organisation by id, or undefined. */
export function orgById(db: Kysely<Database>, id: string): Promise<OrgSummary | undefined> {
  return db
    .selectFrom('orgs')
    .select(['id', 'name', 'path', 'kind', 'region_code'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The organisations with these ids, by id (ids with no organisation are absent from the map). */
export async function orgsByIds(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, OrgSummary>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db
    .selectFrom('orgs')
    .select(['id', 'name', 'path', 'kind', 'region_code'])
    .where('id', 'in', unique)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Every organisation (id, name, kind): importers and demo seeders match units by name. */
export function listOrgs(db: Kysely<Database>): Promise<{ id: string; name: string; kind: string }[]> {
  return db.selectFrom('orgs').select(['id', 'name', 'kind']).execute();
}

/** The ids of the organisations at or below the one with materialised path `orgPath`. */
export async function orgIdsInSubtree(db: Kysely<Database>, orgPath: string): Promise<string[]> {
  const rows = await db.selectFrom('orgs').select('id').where('path', 'like', `${orgPath}%`).execute();
  return rows.map((r) => r.id);
}

/** Which of these ids name existing organisations. */
export async function existingOrgIds(db: Kysely<Database>, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = await db.selectFrom('orgs').select('id').where('id', 'in', unique).execute();
  return rows.map((r) => r.id);
}

/** The first organisation (by path) of a region code, of any kind, or undefined. */
export function firstOrgOfRegion(db: Kysely<Database>, regionCode: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('orgs').select('id').where('region_code', '=', regionCode).orderBy('path').executeTakeFirst();
}

/** The province organisation (the first by path), or undefined before one exists. */
export function provinceOrg(db: Kysely<Database>): Promise<{ id: string } | undefined> {
  return db.selectFrom('orgs').select('id').where('kind', '=', 'province').orderBy('path').executeTakeFirst();
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
function orgOfRegion(db: Kysely<Database>, regionCode: string): Promise<OrgRef | undefined> {
  return db
    .selectFrom('orgs')
    .select(['id', 'path', 'region_code'])
    .where('region_code', '=', regionCode)
    .where('kind', 'in', ['county', 'city', 'province'])
    .orderBy('path')
    .executeTakeFirst();
}

/**
 * The organisation that owns records of a region: the county's, else its city's, else its province's;
 * on an install without a province, the nationwide placeholder root (000000) covers every region.
 */
export async function owningOrgOfRegion(db: Kysely<Database>, regionCode: string): Promise<OrgRef | undefined> {
  for (const code of [regionCode, `${regionCode.slice(0, 4)}00`, `${regionCode.slice(0, 2)}0000`]) {
    const org = await orgOfRegion(db, code);
    if (org) return org;
  }
  return db
    .selectFrom('orgs')
    .select(['id', 'path', 'region_code'])
    .where('parent_id', 'is', null)
    .where('region_code', '=', '000000')
    .orderBy('created_at')
    .executeTakeFirst();
}
