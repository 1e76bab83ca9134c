import { SOURCES_PERMISSIONS } from '@ecocloud/contracts';
import type { ServerModule } from '../../server-module';
import { sourcesDemoSeeder } from './demo/demo-seeder';
import { SOURCES_TABLES } from './sources.tables';

/** The pollution-source register: enterprises, outlets, permits, their clocks and execution reports. */
export const sourcesModule: ServerModule = {
  name: 'sources',
  routes: [],
  services: [],
  commands: [],
  demo: [sourcesDemoSeeder],
  metrics: [],
  permissions: SOURCES_PERMISSIONS,
  tables: SOURCES_TABLES,
};
