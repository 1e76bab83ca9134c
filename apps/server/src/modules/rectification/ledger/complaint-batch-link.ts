import { AppError, type ComplaintBatchCounts } from '@ecocloud/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
// Through the complaints module's index only: it imports nothing of the ledger, so no import cycle.
import { handoverBatchCounts } from '../../complaints';

/**
 * The 交办件 batch numbers of these refs that the complaints module holds (any report, whatever the caller's
 * scope: the number is the inspection team's, not a secret of a unit).
 */
export async function knownComplaintBatches(db: Kysely<Database>, refs: readonly string[]): Promise<Set<string>> {
  const wanted = refs.filter(Boolean);
  return new Set((await handoverBatchCounts(db, null, wanted)).keys());
}

/** A non-empty ref must name a batch the complaints module holds: 400 on the field otherwise. */
export async function checkComplaintBatchRef(db: Kysely<Database>, ref: string, path: string): Promise<void> {
  if (!ref || (await knownComplaintBatches(db, [ref])).has(ref)) return;
  throw new AppError('VALIDATION_FAILED', `no complaint batch ${ref} in the complaints module`, [
    { path, message: 'unknown complaint batch', code: 'UNKNOWN_COMPLAINT_BATCH', params: { ref } },
  ]);
}

/**
 * The linked batches' counts as the caller may see them (reports of units in the caller's scope); a ref the
 * complaints module does not hold (recorded before the link was checked) counts zero.
 */
export async function complaintBatchCounts(
  db: Kysely<Database>,
  actor: Actor,
  refs: readonly string[],
): Promise<Map<string, ComplaintBatchCounts>> {
  const wanted = [...new Set(refs.filter(Boolean))];
  const counts = await handoverBatchCounts(db, actor, wanted);
  return new Map(wanted.map((ref) => [ref, { ref, received: 0, answered: 0, substantiated: 0, ...counts.get(ref) }]));
}
