import type { Db } from '../db/database';
import type { Clock } from './clock';

/**
 * What a service needs from outside, passed first: `service(deps, actor, input)` for an action done for a user,
 * `service(deps, input)` for one done by the system. `AppDeps` satisfies it; a service that needs more (the config)
 * widens it with `ServiceDeps & { config: Config }`.
 */
export type ServiceDeps = { db: Db; clock: Clock };
