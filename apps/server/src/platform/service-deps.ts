import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Clock } from './clock';

/**
 * What a service needs from outside, passed first: `service(deps, actor, input)` for an action done for a user,
 * `service(deps, input)` for one done by the system. `AppDeps` satisfies it. `db` may be a transaction; a service
 * that needs the dialect or the config widens it (`{ db: Db }`, `ServiceDeps & { config: Config }`).
 */
export type ServiceDeps = { db: Kysely<Database>; clock: Clock };
