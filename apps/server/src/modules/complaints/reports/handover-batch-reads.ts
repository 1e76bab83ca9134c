import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { scopePredicate } from '../../../platform/scope/data-scope';

export type HandoverBatchCounts = { received: number; answered: number; substantiated: number };

/**
 * What other modules may know of handed-over batches (交办件, keyed by the 交办编号 `handover_batch`): per
 * batch, the reports received, those answered (a reply day of their own: a merged duplicate has none) and,
 * of the answered, those substantiated. Counts only, no report; in the actor's scope (the handling unit's
 * subtree), every report for `null` (the system: does such a batch exist at all). A batch absent from the
 * map has no report.
 */
export async function handoverBatchCounts(
  db: Kysely<Database>,
  actor: Actor | null,
  batches: readonly string[],
): Promise<Map<string, HandoverBatchCounts>> {
  if (!batches.length) return new Map();
  let q = db
    .selectFrom('complaints')
    .select((eb) => [
      'complaints.handover_batch as batch',
      eb.fn.countAll<string | number>().as('received'),
      eb.fn.count<string | number>('complaints.replied_on').as('answered'),
      eb.fn
        .count<string | number>(
          eb
            .case()
            .when(eb.and([eb('complaints.substantiated', '=', 1), eb('complaints.replied_on', 'is not', null)]))
            .then(1)
            .end(),
        )
        .as('substantiated'),
    ])
    .where('complaints.handover_batch', 'in', [...new Set(batches)])
    .groupBy('complaints.handover_batch');
  if (actor) q = q.where(scopePredicate(actor, { org: 'complaints.handling_org_id' }));
  const rows = await q.execute();
  return new Map(
    rows.map((r) => [
      r.batch!,
      { received: Number(r.received), answered: Number(r.answered), substantiated: Number(r.substantiated) },
    ]),
  );
}
