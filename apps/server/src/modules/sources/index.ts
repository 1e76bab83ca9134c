import { SOURCES_PERMISSIONS } from '@ecocloud/contracts';
import type { ServerModule } from '../../server-module';
import { SOURCES_TABLES } from './sources.tables';
import { clockRulesRoutes } from './clock-rules/clock-rules.routes';
import { dueRoutes } from './due/due.routes';
import { SOURCES_METRICS } from './metrics';
import { reportsRoutes } from './reports/reports.routes';
import { sourcesCommand } from './sources.cli';

/** The pollution-source register: enterprises, outlets, permits, their clocks and execution reports. */
export const sourcesModule: ServerModule = {
  name: 'sources',
  routes: [dueRoutes, reportsRoutes, clockRulesRoutes],
  services: [],
  commands: [sourcesCommand],
  demo: [],
  metrics: SOURCES_METRICS,
  permissions: SOURCES_PERMISSIONS,
  tables: SOURCES_TABLES,
};
