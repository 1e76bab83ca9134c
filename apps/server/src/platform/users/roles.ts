import type { Kysely } from 'kysely';
import { scopeRank, type DataScope, type Role } from '@ecocloud/contracts';
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

/** A user with several roles gets the union of their permissions and the widest of their scopes. */
export function combineRoles(roles: readonly Role[]): { permissions: Set<string>; scope: DataScope } {
  const permissions = new Set<string>();
  let scope: DataScope = 'own';
  for (const role of roles) {
    role.permissions.forEach((p) => permissions.add(p));
    if (scopeRank(role.scope) > scopeRank(scope)) scope = role.scope;
  }
  return { permissions, scope };
}

/**
 * Nobody grants more than they hold: every granted role's scope must be no wider than the
 * granter's, and its permissions a subset of the granter's. Returns the offending role codes.
 */
export function rolesBeyondGranter(
  granter: { permissions: ReadonlySet<string>; scope: DataScope },
  granted: readonly Role[],
): string[] {
  return granted
    .filter(
      (r) => scopeRank(r.scope) > scopeRank(granter.scope) || r.permissions.some((p) => !granter.permissions.has(p)),
    )
    .map((r) => r.code);
}
