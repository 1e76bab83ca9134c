import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../db/schema';
import type { Actor } from '../../http/actor';
import type { UsersTable } from '../platform.tables';
import { likeContains } from '../../db/sql-helpers';
import { scopePredicate } from '../scope/data-scope';

export type UserRow = Selectable<UsersTable>;
export type UserListRow = UserRow & { org_name: string; org_path: string };

/** Whitelisted sort keys: the query string names a key, never a column. */
const SORT_COLUMNS = {
  username: 'users.username',
  displayName: 'users.display_name',
  createdAt: 'users.created_at',
} as const;
export type UserSortKey = keyof typeof SORT_COLUMNS;

const userScope = (actor: Actor) => scopePredicate(actor, { org: 'users.org_id', owner: 'users.id' });

function scopedUsers(db: Kysely<Database>, actor: Actor) {
  return db.selectFrom('users').innerJoin('orgs', 'orgs.id', 'users.org_id').where(userScope(actor));
}

export async function listUsers(
  db: Kysely<Database>,
  actor: Actor,
  q: {
    page: number;
    pageSize: number;
    sort?: UserSortKey | undefined;
    order: 'asc' | 'desc';
    q?: string | undefined;
    orgId?: string | undefined;
  },
): Promise<{ rows: UserListRow[]; total: number }> {
  let base = scopedUsers(db, actor);
  if (q.q) {
    const text = q.q;
    base = base.where((eb) => eb.or([likeContains('users.username', text), likeContains('users.display_name', text)]));
  }
  if (q.orgId) base = base.where('users.org_id', '=', q.orgId);
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll('users')
    .select(['orgs.name as org_name', 'orgs.path as org_path'])
    .orderBy(SORT_COLUMNS[q.sort ?? 'username'], q.order)
    .orderBy('users.id')
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .execute();
  return { rows, total: Number(total) };
}

export function findUserInScope(db: Kysely<Database>, actor: Actor, id: string): Promise<UserListRow | undefined> {
  return scopedUsers(db, actor)
    .selectAll('users')
    .select(['orgs.name as org_name', 'orgs.path as org_path'])
    .where('users.id', '=', id)
    .executeTakeFirst();
}

export function findUserByUsername(db: Kysely<Database>, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function rolesOfUsers(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .selectFrom('user_roles')
    .select(['user_id', 'role_code'])
    .where('user_id', 'in', ids)
    .orderBy('role_code')
    .execute();
  for (const r of rows) map.set(r.user_id, [...(map.get(r.user_id) ?? []), r.role_code]);
  return map;
}

export async function insertUser(db: Kysely<Database>, row: UserRow, roles: readonly string[]): Promise<void> {
  await db.insertInto('users').values(row).execute();
  await db
    .insertInto('user_roles')
    .values(roles.map((role_code) => ({ user_id: row.id, role_code })))
    .execute();
}

/** Writes carry the scope predicate too: an out-of-scope id updates nothing. */
export async function updateUserInScope(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  patch: Partial<UserRow>,
): Promise<number> {
  const res = await db.updateTable('users').set(patch).where('id', '=', id).where(userScope(actor)).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function replaceRoles(db: Kysely<Database>, userId: string, roles: readonly string[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  await db
    .insertInto('user_roles')
    .values(roles.map((role_code) => ({ user_id: userId, role_code })))
    .execute();
}

/** Ends every session of a user (deactivation, a password reset). */
export async function deleteSessionsOf(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Sets a password an administrator chose: to be changed at next login, failures and lock cleared. */
export async function resetPasswordRow(db: Kysely<Database>, userId: string, hash: string, at: string): Promise<void> {
  await db
    .updateTable('users')
    .set({
      password_hash: hash,
      password_changed_at: at,
      must_change_password: 1,
      failed_logins: 0,
      locked_until: null,
      updated_at: at,
    })
    .where('id', '=', userId)
    .execute();
}

export function allRoleRows(db: Kysely<Database>) {
  return db.selectFrom('roles').selectAll().orderBy('code').execute();
}

export async function anyUserExists(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}
