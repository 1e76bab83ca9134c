import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { enterpriseScope } from '../enterprises/enterprises.repository';
import type { PermitDocumentsTable, PermitEventsTable, PermitLimitsTable, PermitsTable } from '../sources.tables';

export type PermitRow = Selectable<PermitsTable>;
export type LimitRow = Selectable<PermitLimitsTable> & { outlet_code: string };
export type EventRow = Selectable<PermitEventsTable>;
export type DocumentRow = Selectable<PermitDocumentsTable>;
export type DocumentRef = Pick<DocumentRow, 'id' | 'event_id' | 'filename' | 'size'>;

/** Permits whose enterprise lies in the actor's scope (`null`: the system). */
function permitsInScope(db: Kysely<Database>, actor: Actor | null) {
  const q = db
    .selectFrom('permits')
    .innerJoin('enterprises', 'enterprises.id', 'permits.enterprise_id')
    .selectAll('permits');
  return actor ? q.where(enterpriseScope(actor)) : q;
}

export function findPermitInScope(db: Kysely<Database>, actor: Actor | null, id: string) {
  return permitsInScope(db, actor).where('permits.id', '=', id).executeTakeFirst();
}

export function permitsOfEnterprise(db: Kysely<Database>, actor: Actor | null, enterpriseId: string) {
  return permitsInScope(db, actor)
    .where('permits.enterprise_id', '=', enterpriseId)
    .orderBy('permits.valid_to', 'desc')
    .orderBy('permits.id')
    .execute();
}

/** The permits with these numbers, whatever the scope (the import tells "outside your scope" apart). */
export function permitsByNo(db: Kysely<Database>, permitNos: readonly string[]): Promise<PermitRow[]> {
  if (!permitNos.length) return Promise.resolve([]);
  return db
    .selectFrom('permits')
    .selectAll()
    .where('permit_no', 'in', [...permitNos])
    .execute();
}

export async function insertPermitRow(db: Kysely<Database>, row: Insertable<PermitsTable>): Promise<void> {
  await db.insertInto('permits').values(row).execute();
}

/** Changes a permit (the caller found it in scope first, in the same transaction). */
export async function updatePermitRow(db: Kysely<Database>, id: string, set: Updateable<PermitsTable>): Promise<void> {
  await db.updateTable('permits').set(set).where('id', '=', id).execute();
}

/** The limits of these permits (already found in scope), with their outlets' codes. */
export function limitsOfPermits(db: Kysely<Database>, permitIds: readonly string[]): Promise<LimitRow[]> {
  if (!permitIds.length) return Promise.resolve([]);
  return db
    .selectFrom('permit_limits')
    .innerJoin('outlets', 'outlets.id', 'permit_limits.outlet_id')
    .selectAll('permit_limits')
    .select('outlets.code as outlet_code')
    .where('permit_limits.permit_id', 'in', [...permitIds])
    .orderBy('outlets.code')
    .orderBy('permit_limits.pollutant')
    .orderBy('permit_limits.limit_type')
    .orderBy('permit_limits.special_period')
    .execute();
}

export async function deleteLimitsOfPermit(db: Kysely<Database>, permitId: string): Promise<void> {
  await db.deleteFrom('permit_limits').where('permit_id', '=', permitId).execute();
}

export async function insertLimitRows(db: Kysely<Database>, rows: Insertable<PermitLimitsTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('permit_limits')
      .values(rows.slice(i, i + 200))
      .execute();
}

export async function updateLimitRow(db: Kysely<Database>, id: string, set: Updateable<PermitLimitsTable>) {
  await db.updateTable('permit_limits').set(set).where('id', '=', id).execute();
}

/** The events of these permits (already found in scope), oldest first. */
export function eventsOfPermits(db: Kysely<Database>, permitIds: readonly string[]): Promise<EventRow[]> {
  if (!permitIds.length) return Promise.resolve([]);
  return db
    .selectFrom('permit_events')
    .selectAll()
    .where('permit_id', 'in', [...permitIds])
    .orderBy('event_date')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertEventRow(db: Kysely<Database>, row: Insertable<PermitEventsTable>): Promise<void> {
  await db.insertInto('permit_events').values(row).execute();
}

export async function insertDocumentRow(db: Kysely<Database>, row: Insertable<PermitDocumentsTable>): Promise<void> {
  await db.insertInto('permit_documents').values(row).execute();
}

/** The documents of these events: name and size only (the content is fetched one at a time). */
export function documentsOfEvents(db: Kysely<Database>, eventIds: readonly string[]): Promise<DocumentRef[]> {
  if (!eventIds.length) return Promise.resolve([]);
  return db
    .selectFrom('permit_documents')
    .select(['id', 'event_id', 'filename', 'size'])
    .where('event_id', 'in', [...eventIds])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** One document with its content, only when its permit's enterprise lies in the actor's scope. */
export function findDocumentInScope(db: Kysely<Database>, actor: Actor, id: string): Promise<DocumentRow | undefined> {
  return db
    .selectFrom('permit_documents')
    .innerJoin('permit_events', 'permit_events.id', 'permit_documents.event_id')
    .innerJoin('permits', 'permits.id', 'permit_events.permit_id')
    .innerJoin('enterprises', 'enterprises.id', 'permits.enterprise_id')
    .selectAll('permit_documents')
    .where('permit_documents.id', '=', id)
    .where(enterpriseScope(actor))
    .executeTakeFirst();
}
