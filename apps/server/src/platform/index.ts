import { DEADLINE_PERMISSIONS, PERMISSIONS } from '@ecocloud/contracts';
import type { ServerModule } from '../server-module';
import { auditRoutes } from './audit/audit.routes';
import { startAuditHeadExport } from './audit/audit-head-export';
import { authRoutes } from './auth/auth.routes';
import { calendarRoutes } from './deadlines/calendar.routes';
import { dictionariesRoutes } from './dictionaries/dictionaries.routes';
import { orgsRoutes } from './orgs/orgs.routes';
import { PLATFORM_TABLES } from './platform.tables';
import { PLATFORM_COMMANDS } from './platform.cli';
import { provincesRoutes } from './provinces/provinces.routes';
import { baseMapRoutes } from './settings/base-map';
import { statsRoutes } from './stats/stats.routes';
import { usersRoutes } from './users/users.routes';

/**
 * The platform as a module: auth, organisations, users and roles, audit, dictionaries, statistics,
 * the base map, provinces and the shared working-day calendar. Its demo data (the Guangxi tree and one
 * user per role) is not a seeder in `demo`: `seedDemo` lays it first, before any module's seeder.
 * `/health` is the shell's (app.ts), outside /api/v1.
 */
export const platformModule: ServerModule = {
  name: 'platform',
  routes: [
    authRoutes,
    orgsRoutes,
    usersRoutes,
    auditRoutes,
    dictionariesRoutes,
    statsRoutes,
    baseMapRoutes,
    provincesRoutes,
    calendarRoutes,
  ],
  services: [startAuditHeadExport],
  commands: PLATFORM_COMMANDS,
  demo: [],
  metrics: [],
  permissions: [...PERMISSIONS, ...DEADLINE_PERMISSIONS],
  tables: PLATFORM_TABLES,
};
