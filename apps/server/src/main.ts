import { buildApp } from './app';
import type { AppDeps } from './app-deps';
import type { Config } from './config';
import { createDb } from './db/database';
import { MODULES } from './modules';
import { firstRun, formatCredentials, prepareDatabase } from './platform/bootstrap';
import { systemClock } from './platform/clock';
import { ServiceHealth } from './platform/health/service-health';
import { useMetricsOf } from './platform/metrics/metric-registry';
import { useSupervisionOf } from './platform/supervision/supervision-registry';
import { startServices } from './services';

/** `ecocloud serve`: prepares the database, loads demo data on the first run, listens. */
export async function serve(config: Config): Promise<void> {
  const db = createDb(config.databaseUrl);
  const deps: AppDeps = { db, config, clock: systemClock, health: new ServiceHealth() };
  await prepareDatabase(deps);
  useSupervisionOf(MODULES);
  useMetricsOf(MODULES); // the demo's work plan year reads live indicators while it is seeded
  const creds = await firstRun(deps, MODULES);
  const app = await buildApp(deps);
  const address = await app.listen({ port: config.port, host: config.host });
  const stopServices = await startServices(deps, app.log);
  const shown = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
  const message = formatCredentials(creds, shown);
  console.log(`EcoCloud 生态云 is running at ${shown} (API docs ${shown}/api/docs)`);
  if (message) console.log(message);
  const shutdown = async () => {
    await stopServices();
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
