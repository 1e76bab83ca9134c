import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/** Any case at all: the demo seeds only an install that has none. */
export const anyCase = (db: Kysely<Database>) =>
  db.selectFrom('enforcement_cases').select('id').limit(1).executeTakeFirst();
