import type { Config } from './config';
import type { Db } from './db/database';
import type { Clock } from './platform/clock';
import type { ServiceHealth } from './platform/health/service-health';

/** Everything a route or service needs from outside; tests build it with a fresh database and a fake clock. */
export type AppDeps = {
  db: Db;
  config: Config;
  clock: Clock;
  /** probes of the services running beside the HTTP server (`serve`); absent where none report */
  health?: ServiceHealth;
};
