import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { SessionsTable } from '../platform.tables';

/** A user with the organisation fields an actor carries. */
export function findUserWithOrg(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.org_id')
    .select([
      'users.id',
      'users.username',
      'users.display_name',
      'users.org_id',
      'users.is_active',
      'users.must_change_password',
      'orgs.path',
      'orgs.region_code',
      'orgs.name as org_name',
    ])
    .where('users.id', '=', userId)
    .executeTakeFirst();
}

export async function roleCodesOf(db: Kysely<Database>, userId: string): Promise<string[]> {
  return (await db.selectFrom('user_roles').select('role_code').where('user_id', '=', userId).execute()).map(
    (r) => r.role_code,
  );
}

export function findUserForLogin(db: Kysely<Database>, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

/** Failed-login counter and lock of a user. */
export async function setLoginFailures(
  db: Kysely<Database>,
  userId: string,
  failedLogins: number,
  lockedUntil: string | null,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_logins: failedLogins, locked_until: lockedUntil })
    .where('id', '=', userId)
    .execute();
}

export async function insertSession(db: Kysely<Database>, row: Insertable<SessionsTable>): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export function findSession(db: Kysely<Database>, id: string) {
  return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user but the one kept. */
export async function deleteOtherSessions(db: Kysely<Database>, userId: string, keepId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepId).execute();
}

export async function passwordHashOf(db: Kysely<Database>, userId: string): Promise<string> {
  const user = await db.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirstOrThrow();
  return user.password_hash;
}

export async function setPassword(db: Kysely<Database>, userId: string, hash: string, at: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: hash, password_changed_at: at, must_change_password: 0, updated_at: at })
    .where('id', '=', userId)
    .execute();
}
