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

const GENESIS_HASH = '0'.repeat(64);

export function auditHash(prevHash: string, r: AuditRecord): string {
  const canonical = JSON.stringify([
    r.seq,
    r.at,
    r.actorId,
    r.actorName,
    r.actorOrgId,
    r.action,
    r.entityType,
    r.entityId,
    r.beforeJson,
    r.afterJson,
    r.requestId,
    r.ip,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

export type ChainProblem = {
  seq: number;
  kind: 'altered' | 'missing' | 'broken_link' | 'truncated' | 'forged' | 'unsigned' | 'head_forged' | 'head_missing';
  message: string;
};

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
      return {
        seq: expectedSeq,
        kind: 'missing',
        message: `entry ${expectedSeq} is missing (next present is ${e.seq})`,
      };
    }
    if (e.prevHash !== prev)
      return { seq: e.seq, kind: 'broken_link', message: `entry ${e.seq} does not link to entry ${e.seq - 1}` };
    if (auditHash(prev, e) !== e.hash)
      return { seq: e.seq, kind: 'altered', message: `entry ${e.seq} was altered after it was written` };
    prev = e.hash;
    expectedSeq += 1;
  }
  if (head.seq !== expectedSeq - 1 || head.hash !== prev) {
    return {
      seq: expectedSeq,
      kind: 'truncated',
      message: `the chain head records ${head.seq} entries but ${expectedSeq - 1} were found`,
    };
  }
  return null;
}

/**
 * The anchor's checks over an intact chain (docs/adr/0008): every entry's HMAC matches its hash
 * (an edited entry re-chained without the key does not), and every exported head is signed and still
 * in the chain (a log rewritten or cut back behind an export is not).
 */
export function findFirstAnchorProblem(
  entries: Iterable<{ seq: number; hash: string; mac: string | null }>,
  exportedHeads: readonly { at: string; seq: number; hash: string; mac: string }[],
  sign: {
    entry(hash: string): string;
    head(seq: number, hash: string): string;
    matches(expected: string, actual: string | null): boolean;
  },
): ChainProblem | null {
  const hashOf = new Map<number, string>();
  for (const e of entries) {
    if (e.mac === null)
      return {
        seq: e.seq,
        kind: 'unsigned',
        message: `entry ${e.seq} has no HMAC: it was written or changed outside EcoCloud`,
      };
    if (!sign.matches(sign.entry(e.hash), e.mac)) {
      return {
        seq: e.seq,
        kind: 'forged',
        message: `entry ${e.seq}'s HMAC does not match: it was edited and re-chained without the audit key, or the key is not the one that signed it`,
      };
    }
    hashOf.set(e.seq, e.hash);
  }
  for (const h of exportedHeads) {
    if (!sign.matches(sign.head(h.seq, h.hash), h.mac))
      return {
        seq: h.seq,
        kind: 'head_forged',
        message: `the head exported at ${h.at} (entry ${h.seq}) is not signed with the audit key`,
      };
    if (hashOf.get(h.seq) !== h.hash) {
      return {
        seq: h.seq,
        kind: 'head_missing',
        message: `the head exported at ${h.at} (entry ${h.seq}) is no longer in the chain: the log was rewritten or cut back`,
      };
    }
  }
  return null;
}
