import type { Kysely } from 'kysely';
import { isPermission, scopeRank, type AnyPermission, type DataScope, type Role } from '@ecocloud/contracts';
import type { Database } from '../../db/schema';
import { allRoleRows } from './users.repository';

export async function listRoles(db: Kysely<Database>): Promise<Role[]> {
  const rows = await allRoleRows(db);
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    scope: r.scope as DataScope,
    permissions: JSON.parse(r.permissions) as string[],
  }));
}

/**
 * A user with several roles gets the union of their permissions and the widest of their scopes.
 * A stored permission no module lists guards nothing, so it is left out (the roles test keeps there being none).
 */
export function combineRoles(roles: readonly Role[]): { permissions: Set<AnyPermission>; scope: DataScope } {
  const permissions = new Set<AnyPermission>();
  let scope: DataScope = 'own';
  for (const role of roles) {
    role.permissions.filter(isPermission).forEach((p) => permissions.add(p));
    if (scopeRank(role.scope) > scopeRank(scope)) scope = role.scope;
  }
  return { permissions, scope };
}

/**
 * Nobody grants more than they hold: every granted role's scope must be no wider than the
 * granter's, and its permissions a subset of the granter's. Returns the offending role codes.
 */
export function rolesBeyondGranter(
  granter: { permissions: ReadonlySet<AnyPermission>; scope: DataScope },
  granted: readonly Role[],
): string[] {
  return granted
    .filter(
      (r) =>
        scopeRank(r.scope) > scopeRank(granter.scope) ||
        r.permissions.some((p) => !isPermission(p) || !granter.permissions.has(p)),
    )
    .map((r) => r.code);
}
