import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor } from '../../../http/actor';
import { orgInSubtree, scopePredicate } from '../../../platform/scope/data-scope';

/**
 * The data scope of the register, applied to `enterprises` (and through it to outlets, permits and
 * reports): staff reach the enterprises their organisation regulates (`regulator_org_id`, the
 * platform's predicate); an enterprise's own users reach only the units of their organisation
 * (`enterprise_org_id`), whatever their role's scope says. Every other table of the module joins
 * `enterprises` and applies this.
 */
export function enterpriseScope(actor: Actor) {
  return (): Expression<SqlBool> => {
    const own = sql<SqlBool>`${sql.ref('enterprises.enterprise_org_id')} = ${actor.orgId}`;
    switch (actor.scope) {
      case 'all':
        return sql<SqlBool>`1 = 1`;
      case 'subtree':
        return sql<SqlBool>`(${orgInSubtree('enterprises.regulator_org_id', actor.orgPath)} or ${own})`;
      case 'org':
        return sql<SqlBool>`(${scopePredicate(actor, { org: 'enterprises.regulator_org_id' })()} or ${own})`;
      case 'own':
        return own;
    }
  };
}
