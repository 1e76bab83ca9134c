import type { QuarantineReasonCode } from '@ecocloud/contracts';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Clock } from '../../../platform/clock';
import type { ServiceDeps } from '../../../platform/service-deps';
import { deleteQuarantineBefore, insertQuarantine, quarantinePage } from './quarantine.repository';

export type QuarantineInput = {
  source: 'hj212' | 'mqtt' | 'http';
  remote: string | null;
  mn: string | null;
  reasonCode: QuarantineReasonCode;
  reason: string;
  raw: Uint8Array;
};

/**
 * Keeps a rejected input whole, with why it was rejected: nothing is silently dropped. An MN or
 * remote longer than its column (64, 100) is left out or cut, so PostgreSQL never refuses the
 * row that keeps them; the raw bytes still hold the MN as sent. Returns the row's id.
 */
export async function quarantine(db: Kysely<Database>, clock: Clock, q: QuarantineInput): Promise<string> {
  const id = randomUUID();
  await insertQuarantine(db, {
    id,
    received_at: clock.now().toISOString(),
    source: q.source,
    remote: q.remote?.slice(0, 100) ?? null,
    mn: q.mn !== null && q.mn.length > 64 ? null : q.mn,
    reason_code: q.reasonCode,
    reason: q.reason,
    raw_base64: Buffer.from(q.raw).toString('base64'),
    repeat_count: 1,
    total_bytes: q.raw.byteLength,
  });
  return id;
}

/** Deletes rows received more than `days` days ago; returns how many. */
export async function pruneQuarantine(db: Kysely<Database>, clock: Clock, days: number): Promise<number> {
  const before = new Date(clock.now().getTime() - days * 86_400_000).toISOString();
  return deleteQuarantineBefore(db, before);
}

/** Quarantine is kept for the whole platform (devices may be unknown): readable with quarantine:read only. */
export async function listQuarantine({ db }: Pick<ServiceDeps, 'db'>, q: Parameters<typeof quarantinePage>[1]) {
  const { total, rows } = await quarantinePage(db, q);
  return {
    total,
    items: rows.map((r) => {
      const raw = Buffer.from(r.raw_base64, 'base64');
      return {
        id: r.id,
        receivedAt: r.received_at,
        source: r.source,
        remote: r.remote,
        mn: r.mn,
        reasonCode: r.reason_code,
        reason: r.reason,
        raw: raw.toString('utf8'),
        count: Number(r.repeat_count),
        totalBytes: r.total_bytes === null ? raw.length : Number(r.total_bytes),
        lastReceivedAt: r.last_received_at ?? r.received_at,
      };
    }),
  };
}
