import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from './app-deps';
import { assessmentRoutes } from './modules/assessment';
import { calcRoutes } from './modules/calc/calc.routes';
import { homeRoutes } from './modules/home/home.routes';
import { monitoringRoutes } from './modules/monitoring';
import { workplanRoutes } from './modules/workplan';
import { auditRoutes } from './platform/audit/audit.routes';
import { authRoutes } from './platform/auth/auth.routes';
import { dictionariesRoutes } from './platform/dictionaries/dictionaries.routes';
import { baseMapRoutes } from './platform/settings/base-map';
import { orgsRoutes } from './platform/orgs/orgs.routes';
import { provincesRoutes } from './platform/provinces/provinces.routes';
import { statsRoutes } from './platform/stats/stats.routes';
import { usersRoutes } from './platform/users/users.routes';

/** Every route group mounted under /api/v1; a module adds itself here and nowhere else. */
export const API_MODULES: ((deps: AppDeps) => FastifyPluginAsyncZod)[] = [
  authRoutes,
  orgsRoutes,
  usersRoutes,
  auditRoutes,
  dictionariesRoutes,
  statsRoutes,
  baseMapRoutes,
  provincesRoutes,
  monitoringRoutes,
  workplanRoutes,
  calcRoutes,
  assessmentRoutes,
  homeRoutes,
];
