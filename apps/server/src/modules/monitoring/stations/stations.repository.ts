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
