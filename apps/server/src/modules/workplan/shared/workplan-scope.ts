import { regionPrefix } from '@ecocloud/contracts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Actor } from '../../../http/actor';
import { orgById } from '../../../platform/orgs/org-reads';

/**
 * Which plan items a caller reaches. A role with scope "all" reaches every item, except a division
 * officer, who reaches the items its division leads or co-leads (its own area). A city or county
 * bureau (scope "subtree") reaches items whose lead/co-lead unit lies in its subtree, or whose regions
 * lie inside its region. Applied on reads and writes alike.
 */
export type Reach =
  { kind: 'all' } | { kind: 'unit'; orgId: string } | { kind: 'tree'; orgPath: string; regionPrefix: string };

function reachFor(actor: Actor, orgKind: string): Reach {
  if (actor.scope === 'all')
    return orgKind === 'division' && !actor.permissions.has('workplan:admin')
      ? { kind: 'unit', orgId: actor.orgId }
      : { kind: 'all' };
  if (actor.scope === 'subtree')
    return { kind: 'tree', orgPath: actor.orgPath, regionPrefix: regionPrefix(actor.regionCode) };
  return { kind: 'unit', orgId: actor.orgId };
}

export async function reachOf(db: Kysely<Database>, actor: Actor): Promise<Reach> {
  return reachFor(actor, (await orgById(db, actor.orgId))?.kind ?? 'unit');
}

/** Whether a caller may act (report, reply) for a unit: its own organisation, or one below it. */
export function canActFor(reach: Reach, unit: { id: string; path: string }): boolean {
  if (reach.kind === 'all') return true;
  if (reach.kind === 'unit') return unit.id === reach.orgId;
  return unit.path.startsWith(reach.orgPath);
}
