import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { observationsRoutes } from './ingest/observations.routes';
import { monitoringAdminRoutes } from './monitoring-admin.routes';
import { stationsRoutes } from './stations/stations.routes';
import './demo/demo-seeder';

export { storeReadings } from './ingest/ingest.service';
export type { Reading, ReadingSource, Period } from './ingest/reading';
export { shanghaiDate, shanghaiDateStart } from './ingest/reading';
/** Read functions through which other modules read stations, observations and rollups. */
export * as monitoringReads from './reads';
export { processDirtyRollups, rebuildRollups } from './rollups/rollup.service';
export { applyPendingRollups } from './monitoring.cli';
export { checkSilence, listAlerts } from './alerts/alerts.service';
export { quarantine } from './quarantine/quarantine.service';

/** The monitoring module's routes under /api/v1. */
export function monitoringRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(stationsRoutes(deps));
    await app.register(observationsRoutes(deps));
    await app.register(monitoringAdminRoutes(deps));
  };
}
