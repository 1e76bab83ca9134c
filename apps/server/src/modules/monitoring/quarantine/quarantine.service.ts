import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Clock } from '../../../platform/clock';

export type QuarantineInput = { source: 'hj212' | 'mqtt' | 'http'; remote: string | null; mn: string | null; reasonCode: string; reason: string; raw: Uint8Array };

/**
 * Keeps a rejected input whole, with why it was rejected: nothing is silently dropped. An MN or
 * remote longer than its column (64, 100) is left out or cut, so PostgreSQL never refuses the
 * row that keeps them; the raw bytes still hold the MN as sent.
 */
export async function quarantine(db: Kysely<Database>, clock: Clock, q: QuarantineInput): Promise<void> {
  await db.insertInto('quarantine').values({
    id: randomUUID(), received_at: clock.now().toISOString(), source: q.source, remote: q.remote?.slice(0, 100) ?? null,
    mn: q.mn !== null && q.mn.length > 64 ? null : q.mn,
    reason_code: q.reasonCode, reason: q.reason, raw_base64: Buffer.from(q.raw).toString('base64'),
  }).execute();
}

/** Quarantine is kept for the whole platform (devices may be unknown): readable with quarantine:read only. */
export async function listQuarantine(db: Kysely<Database>, q: { page: number; pageSize: number; mn?: string | undefined; reasonCode?: string | undefined }) {
  let base = db.selectFrom('quarantine');
  if (q.mn) base = base.where('mn', '=', q.mn);
  if (q.reasonCode) base = base.where('reason_code', '=', q.reasonCode);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base.selectAll().orderBy('received_at', 'desc').orderBy('id').limit(q.pageSize).offset((q.page - 1) * q.pageSize).execute();
  return {
    total: Number(total),
    items: rows.map((r) => ({ id: r.id, receivedAt: r.received_at, source: r.source, remote: r.remote, mn: r.mn, reasonCode: r.reason_code, reason: r.reason,
      raw: Buffer.from(r.raw_base64, 'base64').toString('utf8') })),
  };
}
