import { createHash, randomUUID } from 'node:crypto';
import {
  AppError,
  type PermitEvent,
  type PermitEventKind,
  type RecordPermitEventBodySchema,
} from '@ecocloud/contracts';
import type { z } from 'zod';
import type { Actor } from '../../../http/actor';
import { appendAudit } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { auditWho } from '../enterprises/sources-context';
import { toEvents } from './permit-view';
import * as repo from './permits.repository';

export type PermitEventRecord = { permitId: string; event: z.output<typeof RecordPermitEventBodySchema> };

/** A stored document's size limit: 5 MB of decoded bytes. */
const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Events that act on a permit in force: a revoked, cancelled or withdrawn permit cannot have them. */
const NEEDS_VALID: ReadonlySet<PermitEventKind> = new Set([
  'change_event',
  'change_filed',
  'changed',
  'renewal_filed',
  'renewed',
  'revoked',
  'cancelled',
  'withdrawn',
]);
/** Events that end a permit, and the status each leaves. */
const ENDING: Partial<Record<PermitEventKind, repo.PermitRow['status']>> = {
  revoked: 'revoked',
  cancelled: 'cancelled',
  withdrawn: 'withdrawn',
};

const permitNotFound = (id: string) => new AppError('PERMIT_NOT_FOUND', `permit ${id} not found`);

export async function listPermitEvents({ db }: ServiceDeps, actor: Actor, { id }: { id: string }) {
  const permit = await repo.findPermitInScope(db, actor, id);
  if (!permit) throw permitNotFound(id);
  return { items: await toEvents(db, await repo.eventsOfPermits(db, [permit.id])) };
}

function decoded(doc: { contentBase64: string }, i: number): Buffer {
  const text = doc.contentBase64.replace(/\s+/g, '');
  const data = Buffer.from(text, 'base64');
  const path = `body.documents.${i}.contentBase64`;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || data.toString('base64').replace(/=+$/, '') !== text.replace(/=+$/, ''))
    throw new AppError('VALIDATION_FAILED', 'the document is not valid base64', [{ path, message: 'not base64' }]);
  if (data.length > MAX_DOCUMENT_BYTES)
    throw new AppError('VALIDATION_FAILED', 'a document is larger than 5 MB', [
      { path, message: 'larger than 5 MB', code: 'too_big', params: { maximum: MAX_DOCUMENT_BYTES } },
    ]);
  return data;
}

/**
 * Records an event of a permit's history with its documents. `renewed` moves the expiry to `newValidTo`
 * (which must lie after the current one); `revoked`, `cancelled`, `withdrawn` end the permit; the others
 * are its history only. An event the permit's status does not allow is a 409.
 */
export function recordPermitEvent(
  { db, clock }: ServiceDeps,
  actor: Actor,
  { permitId, event: e }: PermitEventRecord,
): Promise<PermitEvent> {
  return db.transaction().execute(async (trx) => {
    const permit = await repo.findPermitInScope(trx, actor, permitId);
    if (!permit) throw permitNotFound(permitId);
    if (NEEDS_VALID.has(e.kind) && permit.status !== 'valid')
      throw new AppError('PERMIT_STATE_CONFLICT', `a ${permit.status} permit cannot be ${e.kind}`, [
        { path: 'body.kind', message: `the permit is ${permit.status}`, params: { status: permit.status } },
      ]);
    if (e.kind === 'renewed' && (!e.newValidTo || e.newValidTo <= permit.valid_to))
      throw new AppError('VALIDATION_FAILED', `a renewal needs newValidTo after ${permit.valid_to}`, [
        {
          path: 'body.newValidTo',
          message: `required, after ${permit.valid_to}`,
          params: { minimum: permit.valid_to },
        },
      ]);
    const docs = e.documents.map((d, i) => ({ ...d, data: decoded(d, i) }));
    const now = clock.now().toISOString();
    const row: repo.EventRow = {
      id: randomUUID(),
      permit_id: permit.id,
      kind: e.kind,
      event_date: e.eventDate,
      note: e.note,
      new_valid_to: e.kind === 'renewed' ? (e.newValidTo ?? null) : null,
      on_site_check: e.onSiteCheck ? 1 : 0,
      created_by: actor.userId,
      created_at: now,
    };
    await repo.insertEventRow(trx, row);
    for (const d of docs)
      await repo.insertDocumentRow(trx, {
        id: randomUUID(),
        event_id: row.id,
        filename: d.filename,
        content_type: d.contentType,
        size: d.data.length,
        sha256: createHash('sha256').update(d.data).digest('hex'),
        content_base64: d.data.toString('base64'),
        created_at: now,
      });
    const ending = ENDING[e.kind];
    if (e.kind === 'renewed' && row.new_valid_to)
      await repo.updatePermitRow(trx, permit.id, { valid_to: row.new_valid_to, updated_at: now });
    else if (ending) await repo.updatePermitRow(trx, permit.id, { status: ending, updated_at: now });
    const [after] = await toEvents(trx, [row]);
    await appendAudit(trx, clock, auditWho(actor), {
      action: 'sources.permit.event',
      entityType: 'permit',
      entityId: permit.id,
      before: { status: permit.status, validTo: permit.valid_to },
      after: { ...after, status: ending ?? permit.status, validTo: row.new_valid_to ?? permit.valid_to },
    });
    return after!;
  });
}

/** A stored document for download, scope-checked through its permit's enterprise. */
export async function getDocument({ db }: ServiceDeps, actor: Actor, { id }: { id: string }) {
  const doc = await repo.findDocumentInScope(db, actor, id);
  if (!doc) throw new AppError('NOT_FOUND', `document ${id} not found`);
  return { filename: doc.filename, contentType: doc.content_type, data: Buffer.from(doc.content_base64, 'base64') };
}
