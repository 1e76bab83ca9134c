import type { Kysely } from 'kysely';
import type { AuditAction, AuditEntityType, AuditEntry } from '@ecocloud/contracts';
import type { Database } from '../../db/schema';
import type { Actor } from '../../http/actor';
import type { Clock } from '../clock';
import { currentAuditAnchor, entryMac, headMac, macMatches, readExportedHeads, type AuditAnchor } from './audit-anchor';
import {
  auditHash,
  findFirstAnchorProblem,
  findFirstChainProblem,
  type AuditRecord,
  type ChainProblem,
} from './audit-chain';
import {
  allAuditEntries,
  chainEntryOf,
  bumpAuditHeadSeq,
  insertAuditEntry,
  listAuditEntries,
  readAuditHead,
  setAuditHeadHash,
} from './audit.repository';

export type AuditEvent = {
  /** One of the contracts' AUDIT_ACTIONS: the web names each in the user's language. */
  action: AuditAction;
  entityType?: AuditEntityType;
  entityId?: string;
  before?: unknown;
  after?: unknown;
};

/** Who did it, for events with or without a logged-in actor (a failed login has none). */
export type AuditContext = {
  actorId: string | null;
  actorName: string | null;
  actorOrgId: string | null;
  requestId: string | null;
  ip: string | null;
};

export function auditContextOf(actor: Actor): AuditContext {
  return {
    actorId: actor.userId,
    actorName: actor.username,
    actorOrgId: actor.orgId,
    requestId: actor.requestId,
    ip: actor.ip,
  };
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

/**
 * Appends one entry inside the caller's transaction. Bumping the head row first serialises
 * concurrent appends (a row lock on PostgreSQL; SQLite has one writer), so seq stays contiguous.
 */
export async function appendAudit(
  trx: Kysely<Database>,
  clock: Clock,
  ctx: AuditContext,
  event: AuditEvent,
): Promise<void> {
  await bumpAuditHeadSeq(trx);
  const head = await readAuditHead(trx);
  const record: AuditRecord = {
    seq: head.seq,
    at: clock.now().toISOString(),
    actorId: ctx.actorId,
    actorName: ctx.actorName,
    actorOrgId: ctx.actorOrgId,
    action: event.action,
    entityType: event.entityType ?? null,
    entityId: event.entityId ?? null,
    beforeJson: json(event.before),
    afterJson: json(event.after),
    requestId: ctx.requestId,
    ip: ctx.ip,
  };
  const hash = auditHash(head.hash, record);
  const mac = entryMac(currentAuditAnchor().key, hash);
  await insertAuditEntry(trx, {
    seq: record.seq,
    at: record.at,
    actor_id: record.actorId,
    actor_name: record.actorName,
    actor_org_id: record.actorOrgId,
    action: record.action,
    entity_type: record.entityType,
    entity_id: record.entityId,
    before_json: record.beforeJson,
    after_json: record.afterJson,
    request_id: record.requestId,
    ip: record.ip,
    prev_hash: head.hash,
    hash,
    mac,
  });
  await setAuditHeadHash(trx, hash);
}

export type AuditQuery = {
  page: number;
  pageSize: number;
  order: 'asc' | 'desc';
  sort?: 'at' | 'action' | undefined;
  action?: string | undefined;
  actor?: string | undefined;
  entityType?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

export async function listAudit(
  db: Kysely<Database>,
  actor: Actor,
  q: AuditQuery,
): Promise<{ items: AuditEntry[]; total: number }> {
  const { rows, total } = await listAuditEntries(
    db,
    actor,
    {
      action: q.action,
      actor: q.actor,
      entityType: q.entityType,
      from: q.from ? new Date(q.from).toISOString() : undefined,
      to: q.to ? new Date(q.to).toISOString() : undefined,
    },
    {
      sort: q.sort === 'action' ? 'action' : 'seq',
      order: q.order,
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    },
  );
  const items = rows.map((r) => ({
    id: r.seq,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    before: r.before_json ? JSON.parse(r.before_json) : null,
    after: r.after_json ? JSON.parse(r.after_json) : null,
    requestId: r.request_id,
    ip: r.ip,
    hash: r.hash,
  }));
  return { items, total };
}

/**
 * Re-walks the whole chain, then checks the anchor: every entry's HMAC under the audit key, and every
 * exported head still in the chain. Returns the first problem or null, with the counts checked.
 */
export async function verifyAudit(
  db: Kysely<Database>,
  anchor: AuditAnchor = currentAuditAnchor(),
): Promise<{ checked: number; heads: number; problem: ChainProblem | null }> {
  const head = await readAuditHead(db);
  const rows = await allAuditEntries(db);
  const entries = rows.map(chainEntryOf);
  const heads = readExportedHeads(anchor.headsFile);
  const sign = {
    entry: (hash: string) => entryMac(anchor.key, hash),
    head: (seq: number, hash: string) => headMac(anchor.key, seq, hash),
    matches: macMatches,
  };
  return {
    checked: entries.length,
    heads: heads.length,
    problem: findFirstChainProblem(entries, head) ?? findFirstAnchorProblem(entries, heads, sign),
  };
}
