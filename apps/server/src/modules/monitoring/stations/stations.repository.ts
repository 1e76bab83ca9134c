import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../../db/schema';
import { likeContains } from '../../../db/sql-helpers';
import type { Actor } from '../../../http/actor';
import { regionPrefix } from '../../../platform/regions';
import { scopePredicate } from '../../../platform/scope/data-scope';
import type { StationsTable } from '../monitoring.tables';

export type StationRow = Selectable<StationsTable>;

const SORT_COLUMNS = {
  code: 'code',
  name: 'name',
  kind: 'kind',
  regionCode: 'region_code',
  lastDataAt: 'last_data_at',
} as const;
export type StationSortKey = keyof typeof SORT_COLUMNS;
export const stationScope = (actor: Actor) => scopePredicate(actor, { org: 'stations.org_id' });

export type StationFilter = { kind?: string | undefined; regionCode?: string | undefined; q?: string | undefined };

function filtered(db: Kysely<Database>, actor: Actor, f: StationFilter) {
  let q = db.selectFrom('stations').where(stationScope(actor));
  if (f.kind) q = q.where('kind', '=', f.kind);
  // A region filter covers the region and everything below it: 450100 is Nanning and its counties.
  if (f.regionCode) q = q.where('region_code', 'like', `${regionPrefix(f.regionCode)}%`);
  if (f.q) {
    const text = f.q;
    q = q.where((eb) => eb.or([likeContains('stations.code', text), likeContains('stations.name', text)]));
  }
  return q;
}

export async function listStations(
  db: Kysely<Database>,
  actor: Actor,
  q: StationFilter & { page: number; pageSize: number; sort?: StationSortKey | undefined; order: 'asc' | 'desc' },
): Promise<{ rows: StationRow[]; total: number }> {
  const base = filtered(db, actor, q);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy(SORT_COLUMNS[q.sort ?? 'code'], q.order)
    .orderBy('id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total: Number(total) };
}

export function allStationsInScope(db: Kysely<Database>, actor: Actor, f: StationFilter = {}): Promise<StationRow[]> {
  return filtered(db, actor, f).selectAll().orderBy('code').execute();
}

export function findStationInScope(
  db: Kysely<Database>,
  actor: Actor,
  idOrCode: string,
): Promise<StationRow | undefined> {
  return db
    .selectFrom('stations')
    .selectAll()
    .where(stationScope(actor))
    .where((eb) => eb.or([eb('id', '=', idOrCode), eb('code', '=', idOrCode)]))
    .executeTakeFirst();
}

export function findStationByCode(db: Kysely<Database>, code: string): Promise<StationRow | undefined> {
  return db.selectFrom('stations').selectAll().where('code', '=', code).executeTakeFirst();
}

/** The organisation that owns a region's records: the county, else its city, else the province, else the placeholder root. */
export async function owningOrgOf(
  db: Kysely<Database>,
  regionCode: string,
): Promise<{ id: string; path: string } | undefined> {
  const candidates = [regionCode, `${regionCode.slice(0, 4)}00`, `${regionCode.slice(0, 2)}0000`];
  for (const code of candidates) {
    const org = await db
      .selectFrom('orgs')
      .select(['id', 'path'])
      .where('region_code', '=', code)
      .where('kind', 'in', ['county', 'city', 'province'])
      .orderBy('path')
      .executeTakeFirst();
    if (org) return org;
  }
  // The nationwide placeholder root of an install without a province (000000) covers every region;
  // a province's department covers only its own.
  return db
    .selectFrom('orgs')
    .select(['id', 'path'])
    .where('parent_id', 'is', null)
    .where('region_code', '=', '000000')
    .orderBy('created_at')
    .executeTakeFirst();
}

export async function insertStationRow(db: Kysely<Database>, row: Insertable<StationsTable>): Promise<void> {
  await db.insertInto('stations').values(row).execute();
}

/** Changes a station, only when it lies in the actor's scope. */
export async function updateStationInScope(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  set: Updateable<StationsTable>,
): Promise<void> {
  await db.updateTable('stations').set(set).where('id', '=', id).where(stationScope(actor)).execute();
}

/** Changes a station regardless of scope (the import checks scope by code before it applies). */
export async function updateStationRow(
  db: Kysely<Database>,
  id: string,
  set: Updateable<StationsTable>,
): Promise<void> {
  await db.updateTable('stations').set(set).where('id', '=', id).execute();
}

/** Code, label and English label of a dictionary's entries (regions and station types for the import). */
export async function dictionaryLabels(db: Kysely<Database>, dictCode: string) {
  return (
    await db
      .selectFrom('dictionary_entries')
      .select(['code', 'label', 'label_en'])
      .where('dict_code', '=', dictCode)
      .execute()
  ).map((e) => ({ code: e.code, label: e.label, labelEn: e.label_en }));
}

/** Of the given codes, those of existing stations, and those of stations in the actor's scope. */
export async function stationCodesWithScope(db: Kysely<Database>, actor: Actor, codes: readonly string[]) {
  const all = await db
    .selectFrom('stations')
    .select('code')
    .where('code', 'in', [...codes])
    .execute();
  const visible = await db
    .selectFrom('stations')
    .select('code')
    .where('code', 'in', [...codes])
    .where(stationScope(actor))
    .execute();
  return { all: all.map((s) => s.code), visible: new Set(visible.map((s) => s.code)) };
}

/** Station id by code, for the given codes (or for every station when `codes` is omitted). */
export async function stationIdsByCode(db: Kysely<Database>, codes?: readonly string[]) {
  let q = db.selectFrom('stations').select(['id', 'code']);
  if (codes) q = q.where('code', 'in', [...codes]);
  return q.execute();
}

/** Stations in the actor's scope whose code or id is among `keys`. */
export function stationsInScopeByCodeOrId(db: Kysely<Database>, actor: Actor, keys: readonly string[]) {
  return db
    .selectFrom('stations')
    .select(['id', 'code'])
    .where(stationScope(actor))
    .where((eb) => eb.or([eb('code', 'in', [...keys]), eb('id', 'in', [...keys])]))
    .execute();
}

export async function stationCodeExists(db: Kysely<Database>, code: string): Promise<boolean> {
  return Boolean(await db.selectFrom('stations').select('id').where('code', '=', code).executeTakeFirst());
}
