import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** A user with their organisation, as other modules use it (the demo year acts as a named user). */
export type UserWithOrg = {
  userId: string;
  username: string;
  display_name: string;
  id: string;
  name: string;
  path: string;
  region_code: string;
};

/** A user and their organisation, by username, or undefined. */
export function userWithOrgByUsername(db: Kysely<Database>, username: string): Promise<UserWithOrg | undefined> {
  return db
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.org_id')
    .select([
      'users.id as userId',
      'users.username',
      'users.display_name',
      'orgs.id',
      'orgs.name',
      'orgs.path',
      'orgs.region_code',
    ])
    .where('users.username', '=', username)
    .executeTakeFirst();
}

/** An active user of an organisation subtree, with their organisation (enforcement's inspector library). */
export type UserInSubtree = { userId: string; username: string; displayName: string; orgId: string; orgName: string };

/**
 * The active users of the organisations at or below `orgPath` whose roles grant `permission`, by username.
 * Roles store their permissions as JSON, so the match is made here rather than in SQL.
 */
export async function activeUsersHolding(
  db: Kysely<Database>,
  orgPath: string,
  permission: string,
): Promise<UserInSubtree[]> {
  const rows = await db
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.org_id')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .innerJoin('roles', 'roles.code', 'user_roles.role_code')
    .select([
      'users.id as userId',
      'users.username',
      'users.display_name as displayName',
      'orgs.id as orgId',
      'orgs.name as orgName',
      'roles.permissions',
    ])
    .where('orgs.path', 'like', `${orgPath}%`)
    .where('users.is_active', '=', 1)
    .orderBy('users.username')
    .execute();
  const users = new Map<string, UserInSubtree>();
  for (const { permissions, ...user } of rows)
    if ((JSON.parse(permissions) as string[]).includes(permission)) users.set(user.userId, user);
  return [...users.values()];
}
