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
