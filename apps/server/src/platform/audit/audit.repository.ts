import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema';
import type { Actor } from '../../http/actor';
import { scopePredicate } from '../scope/data-scope';
import type { AuditLogTable } from '../platform.tables';

export type AuditLogRow = Selectable<AuditLogTable>;

/** A stored entry as the hash chain reads it: the hashed fields (`AuditRecord`), its links and its signature. */
export function chainEntryOf(r: AuditLogRow) {
  return {
    seq: r.seq,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    actorOrgId: r.actor_org_id,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    beforeJson: r.before_json,
    afterJson: r.after_json,
    requestId: r.request_id,
    ip: r.ip,
    prevHash: r.prev_hash,
    hash: r.hash,
    mac: r.mac,
  };
}

/** True when some audit entry carries no signature (written before the audit anchor, migration 0008). */
export async function hasUnsignedEntry(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('audit_log').select('seq').where('mac', 'is', null).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** True when some audit entry carries a signature (the log has been signed under some key). */
export async function hasSignedEntry(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('audit_log').select('seq').where('mac', 'is not', null).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** The unsigned entries' seq and hash, in chain order. */
export function unsignedEntries(db: Kysely<Database>): Promise<{ seq: number; hash: string }[]> {
  return db.selectFrom('audit_log').select(['seq', 'hash']).where('mac', 'is', null).orderBy('seq').execute();
}

export async function setEntryMac(db: Kysely<Database>, seq: number, mac: string): Promise<void> {
  await db.updateTable('audit_log').set({ mac }).where('seq', '=', seq).execute();
}

/** The chain head: how many entries there are and the hash of the last one. */
export function readAuditHead(db: Kysely<Database>): Promise<{ seq: number; hash: string }> {
  return db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

/**
 * Bumps the head's seq by one inside the caller's transaction: the first write of an append, which
 * serialises concurrent appends (a row lock on PostgreSQL; SQLite has one writer).
 */
export async function bumpAuditHeadSeq(trx: Kysely<Database>): Promise<void> {
  await trx
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

export async function setAuditHeadHash(trx: Kysely<Database>, hash: string): Promise<void> {
  await trx.updateTable('audit_head').set({ hash }).where('id', '=', 1).execute();
}

export async function insertAuditEntry(trx: Kysely<Database>, row: Insertable<AuditLogTable>): Promise<void> {
  await trx.insertInto('audit_log').values(row).execute();
}

/** Every entry, in chain order. */
export function allAuditEntries(db: Kysely<Database>): Promise<AuditLogRow[]> {
  return db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
}

export type AuditFilter = {
  action?: string | undefined;
  actor?: string | undefined;
  entityType?: string | undefined;
  /** ISO timestamps, inclusive */
  from?: string | undefined;
  to?: string | undefined;
};

/** One page of the entries in the actor's data scope that match the filter, with the total count. */
export async function listAuditEntries(
  db: Kysely<Database>,
  actor: Actor,
  filter: AuditFilter,
  page: { sort: 'seq' | 'action'; order: 'asc' | 'desc'; limit: number; offset: number },
): Promise<{ rows: AuditLogRow[]; total: number }> {
  let base = db
    .selectFrom('audit_log')
    .where(scopePredicate(actor, { org: 'audit_log.actor_org_id', owner: 'audit_log.actor_id' }));
  if (filter.action) base = base.where('action', '=', filter.action);
  if (filter.actor) base = base.where('actor_name', '=', filter.actor);
  if (filter.entityType) base = base.where('entity_type', '=', filter.entityType);
  if (filter.from) base = base.where('at', '>=', filter.from);
  if (filter.to) base = base.where('at', '<=', filter.to);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy(page.sort, page.order)
    .orderBy('seq', page.order)
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { rows, total: Number(total) };
}
