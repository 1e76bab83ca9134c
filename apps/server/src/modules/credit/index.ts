import { CREDIT_PERMISSIONS } from '@ecocloud/contracts';
import type { ServerModule } from '../../server-module';
import { creditRepairDemoSeeder } from './repair/demo/repair-demo';
import { publicRepairRoutes } from './repair/public-repair.routes';
import { CREDIT_REPAIR_TABLES } from './repair/repair.tables';
import { repairRoutes } from './repair/repair.routes';

/**
 * Enterprise environmental credit (issue 18): the annual rating, the repair of published punishment records,
 * legal disclosure (依法披露).
 */
export const creditModule: ServerModule = {
  name: 'credit',
  routes: [repairRoutes, publicRepairRoutes],
  services: [],
  commands: [],
  demo: [creditRepairDemoSeeder],
  metrics: [],
  permissions: CREDIT_PERMISSIONS,
  tables: [...CREDIT_REPAIR_TABLES],
};
