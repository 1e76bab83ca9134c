import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { calendarRoutes } from '../../platform/deadlines';
import { registerDemoSeeder } from '../../platform/demo/seed-demo';
import { plansRoutes } from './plans/plans.routes';
import { progressRoutes } from './progress/progress.routes';
import { supervisionRoutes } from './supervision/supervision.routes';
import { viewsRoutes } from './views/views.routes';
import { workplanDemoSeeder } from './demo/workplan.seed';

registerDemoSeeder(workplanDemoSeeder);

/** The work plan module's routes under /api/v1 (plus the shared calendar's, which has no module of its own to mount it). */
export function workplanRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(plansRoutes(deps));
    await app.register(progressRoutes(deps));
    await app.register(supervisionRoutes(deps));
    await app.register(viewsRoutes(deps));
    await app.register(calendarRoutes(deps));
  };
}

/** Service functions other modules may call. */
export { parsePlanText } from './import/plan-parser';
export { escalateNotices } from './supervision/supervision.service';
export { myDuties } from './views/my-duties.service';
