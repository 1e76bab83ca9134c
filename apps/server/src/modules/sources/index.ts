import { SOURCES_PERMISSIONS } from '@ecocloud/contracts';
import type { ServerModule } from '../../server-module';
import { SOURCES_TABLES } from './sources.tables';
import { clockRulesRoutes } from './clock-rules/clock-rules.routes';
import { dueRoutes } from './due/due.routes';
import { SOURCES_METRICS } from './metrics';
import { reportsRoutes } from './reports/reports.routes';
import { DUE_USAGE_LINE, runDueCommand } from './due/due.cli';

/** The pollution-source register: enterprises, outlets, permits, their clocks and execution reports. */
export const sourcesModule: ServerModule = {
  name: 'sources',
  routes: [dueRoutes, reportsRoutes, clockRulesRoutes],
  services: [],
  commands: [
    {
      name: 'sources',
      usage: [DUE_USAGE_LINE],
      // merged with the register's `import`: one `sources` command, sub-commands by name
      run: async (args, { io, unknownCommand }) =>
        args[0] === 'due' ? runDueCommand(args.slice(1), io) : unknownCommand(),
    },
  ],
  demo: [],
  metrics: SOURCES_METRICS,
  permissions: SOURCES_PERMISSIONS,
  tables: SOURCES_TABLES,
};
