import { createHash, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError, type EvidenceBodySchema, type ProblemDetail } from '@ecocloud/contracts';
import type { Actor } from '../../../http/actor';
import { appendAudit, auditContextOf } from '../../../platform/audit/audit.service';
import type { ServiceDeps } from '../../../platform/service-deps';
import { findEvidence, insertEvidence } from './ledger.repository';
import { getProblem, problemInReach } from './problems.service';

const MAX_BYTES = 5 * 1024 * 1024;

/** Adds a document or photo to a problem's evidence (the responsible unit's ledger of proof); ≤ 5 MB. */
export async function addEvidence(
  deps: ServiceDeps,
  actor: Actor,
  id: string,
  body: z.infer<typeof EvidenceBodySchema>,
): Promise<ProblemDetail> {
  await problemInReach(deps, actor, id);
  const data = Buffer.from(body.contentBase64, 'base64');
  if (data.length > MAX_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', `evidence ${body.filename} exceeds 5 MB`);
  if (data.length === 0)
    throw new AppError('VALIDATION_FAILED', 'the file is empty', [{ path: 'body.contentBase64', message: 'empty' }]);
  const row = {
    id: randomUUID(),
    problem_id: id,
    kind: body.kind,
    filename: body.filename,
    content_type: body.contentType,
    size: data.length,
    sha256: createHash('sha256').update(data).digest('hex'),
    content_base64: data.toString('base64'),
    note: body.note,
    created_by: actor.userId,
    created_at: deps.clock.now().toISOString(),
  };
  await deps.db.transaction().execute(async (trx) => {
    await insertEvidence(trx, row);
    await appendAudit(trx, deps.clock, auditContextOf(actor), {
      action: 'rectification.evidence.add',
      entityType: 'rectification_problem',
      entityId: id,
      after: { evidenceId: row.id, kind: row.kind, filename: row.filename, size: row.size, sha256: row.sha256 },
    });
  });
  return getProblem(deps, actor, id);
}

/** An evidence file of a problem in reach. */
export async function getEvidence(deps: ServiceDeps, actor: Actor, evidenceId: string) {
  const row = await findEvidence(deps.db, evidenceId);
  if (!row) throw new AppError('RECTIFICATION_NOT_FOUND', 'evidence not found');
  await problemInReach(deps, actor, row.problem_id);
  return { filename: row.filename, contentType: row.content_type, data: Buffer.from(row.content_base64, 'base64') };
}
