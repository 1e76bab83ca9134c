import { createHash } from 'node:crypto';

/** The fields an audit hash covers, in a fixed order; any edit to one of them breaks the chain. */
export type AuditRecord = {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  actorOrgId: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  beforeJson: string | null;
  afterJson: string | null;
  requestId: string | null;
  ip: string | null;
};

export const GENESIS_HASH = '0'.repeat(64);

export function auditHash(prevHash: string, r: AuditRecord): string {
  const canonical = JSON.stringify([
    r.seq, r.at, r.actorId, r.actorName, r.actorOrgId, r.action, r.entityType, r.entityId,
    r.beforeJson, r.afterJson, r.requestId, r.ip,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

export type ChainProblem = { seq: number; kind: 'altered' | 'missing' | 'broken_link' | 'truncated'; message: string };

/**
 * Walks entries in sequence order and reports the first problem: an altered entry (hash mismatch),
 * a missing one (gap in seq), a broken link, or a truncated tail (head says more entries existed).
 */
export function findFirstChainProblem(
  entries: Iterable<AuditRecord & { prevHash: string; hash: string }>,
  head: { seq: number; hash: string },
): ChainProblem | null {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  for (const e of entries) {
    if (e.seq !== expectedSeq) {
      return { seq: expectedSeq, kind: 'missing', message: `entry ${expectedSeq} is missing (next present is ${e.seq})` };
    }
    if (e.prevHash !== prev) return { seq: e.seq, kind: 'broken_link', message: `entry ${e.seq} does not link to entry ${e.seq - 1}` };
    if (auditHash(prev, e) !== e.hash) return { seq: e.seq, kind: 'altered', message: `entry ${e.seq} was altered after it was written` };
    prev = e.hash;
    expectedSeq += 1;
  }
  if (head.seq !== expectedSeq - 1 || head.hash !== prev) {
    return { seq: expectedSeq, kind: 'truncated', message: `the chain head records ${head.seq} entries but ${expectedSeq - 1} were found` };
  }
  return null;
}
