import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor } from '../../http/actor';

type Columns = {
  /** Column holding the record's owning organisation id, e.g. `users.org_id`. */
  org: string;
  /** Column holding the record's owner (user id), for the `own` scope. */
  owner?: string;
};

/**
 * The data-scope predicate, applied by repositories on reads and on writes. Every value is a
 * bound parameter; the organisation tree is matched by its materialised path prefix.
 * The one file outside a `*.repository.ts` allowed to build SQL (sql-in-repositories.test.ts exempts it): it is
 * the single scope predicate every module's repositories share, an expression they apply, not a query it runs.
 */
export function scopePredicate(actor: Actor, cols: Columns) {
  // Built with sql.ref rather than an expression builder, so it fits a query over any tables.
  return (): Expression<SqlBool> => {
    switch (actor.scope) {
      case 'all':
        return sql<SqlBool>`1 = 1`;
      case 'subtree':
        return orgInSubtree(cols.org, actor.orgPath);
      case 'org':
        return sql<SqlBool>`${sql.ref(cols.org)} = ${actor.orgId}`;
      case 'own':
        return sql<SqlBool>`${sql.ref(cols.owner ?? cols.org)} = ${cols.owner ? actor.userId : actor.orgId}`;
    }
  };
}

/**
 * The org-subtree part of the predicate: the organisation in `orgColumn` lies at or below the one
 * with materialised path `orgPath`. Modules with a scope model of their own (the work plan's reach)
 * use it for their subtree case, so there is one subtree predicate.
 */
export function orgInSubtree(orgColumn: string, orgPath: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(orgColumn)} in (select orgs.id from orgs where orgs.path like ${`${orgPath}%`})`;
}

/** True when the organisation (by its path) lies inside the actor's scope: used before writes that name an org. */
export function orgPathInScope(actor: Actor, orgId: string, orgPath: string): boolean {
  switch (actor.scope) {
    case 'all':
      return true;
    case 'subtree':
      return orgPath.startsWith(actor.orgPath);
    case 'org':
    case 'own':
      return orgId === actor.orgId;
  }
}
