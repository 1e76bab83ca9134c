import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { airRoutes } from './air/air.routes';
import { bulletinRoutes } from './bulletin/bulletin.routes';
import { apiKeysRoutes } from './open-data/api-keys.routes';
import { openDataRoutes } from './open-data/open-data.routes';
import { publicRoutes } from './public/public.routes';
import { registerAssessmentMetrics } from './targets/metrics';
import { targetsRoutes } from './targets/targets.routes';
import { waterRoutes } from './water/water.routes';
import './demo/assessment-demo';

registerAssessmentMetrics();

export { airRanking, loadAirNetwork, loadCityDays } from './air/air-evaluation.service';
export { resolvePeriod, monthPeriod, type Period } from './periods';
export { indicatorProgress } from './targets/target-progress.service';
export { listProgress } from './targets/target-list.service';
export { bulletinPdf } from './bulletin/bulletin.service';
export { schedulerTick, startAssessmentScheduler } from './bulletin/bulletin-scheduler';

/** The assessment module's routes under /api/v1 (its scheduler is a service: see services.ts). */
export function assessmentRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(airRoutes(deps));
    await app.register(waterRoutes(deps));
    await app.register(targetsRoutes(deps));
    await app.register(bulletinRoutes(deps));
    await app.register(apiKeysRoutes(deps));
    await app.register(openDataRoutes(deps));
    await app.register(publicRoutes(deps));
  };
}
