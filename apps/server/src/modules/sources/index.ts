import { SOURCES_PERMISSIONS } from '@ecocloud/contracts';
import type { ServerModule } from '../../server-module';
import { sourcesDemoSeeder } from './demo/demo-seeder';
import { enterprisesRoutes } from './enterprises/enterprises.routes';
import { sourcesImportRoutes } from './import/sources-import.routes';
import { outletsRoutes } from './outlets/outlets.routes';
import { permitsRoutes } from './permits/permits.routes';
import { publicEnterpriseRoutes } from './public/public-enterprise.routes';
import { runSourcesCommand, SOURCES_USAGE } from './sources.cli';
import { SOURCES_TABLES } from './sources.tables';
import { clockRulesRoutes } from './clock-rules/clock-rules.routes';
import { dueRoutes } from './due/due.routes';
import { SOURCES_METRICS } from './metrics';
import { reportsRoutes } from './reports/reports.routes';

/** What falls due on permits (the home page's reminders read it). */
export { listDue } from './due/due.service';
/** Read functions through which other modules read outlets, their limits and scope. */
export * as sourcesReads from './reads';

/** The pollution-source register: enterprises, outlets, permits, their clocks and execution reports. */
export const sourcesModule: ServerModule = {
  name: 'sources',
  routes: [
    enterprisesRoutes,
    outletsRoutes,
    permitsRoutes,
    sourcesImportRoutes,
    publicEnterpriseRoutes,
    dueRoutes,
    reportsRoutes,
    clockRulesRoutes,
  ],
  services: [],
  commands: [{ name: 'sources', usage: SOURCES_USAGE, run: (args, { io }) => runSourcesCommand(args, io) }],
  demo: [sourcesDemoSeeder],
  metrics: SOURCES_METRICS,
  permissions: SOURCES_PERMISSIONS,
  tables: SOURCES_TABLES,
};
