import { CREDIT_PERMISSIONS } from '@ecocloud/contracts';
import type { ServerModule } from '../../server-module';
import { creditRepairDemoSeeder } from './repair/demo/repair-demo';
import { publicRepairRoutes } from './repair/public-repair.routes';
import { CREDIT_REPAIR_TABLES } from './repair/repair.tables';
import { repairRoutes } from './repair/repair.routes';
import { CREDIT_USAGE, runCreditCommand } from './credit.cli';
import { creditDemoSeeder } from './demo/credit-demo-seeder';
import { disclosureRoutes } from './disclosure/disclosure.routes';
import { CREDIT_DISCLOSURE_TABLES } from './disclosure/disclosure.tables';
import { ratingRoutes } from './rating/rating.routes';
import { CREDIT_RATING_TABLES } from './rating/rating.tables';
import { creditSupervisionSource } from './rating/supervision-source';

/**
 * Enterprise environmental credit (issue 18): the annual rating, the repair of published punishment records,
 * legal disclosure (依法披露).
 */
export const creditModule: ServerModule = {
  name: 'credit',
  routes: [ratingRoutes, disclosureRoutes, repairRoutes, publicRepairRoutes],
  services: [],
  commands: [{ name: 'credit', usage: CREDIT_USAGE, run: (args, { io }) => runCreditCommand(args, io) }],
  demo: [creditRepairDemoSeeder, creditDemoSeeder],
  metrics: [],
  supervision: [creditSupervisionSource],
  permissions: CREDIT_PERMISSIONS,
  tables: [...CREDIT_RATING_TABLES, ...CREDIT_DISCLOSURE_TABLES, ...CREDIT_REPAIR_TABLES],
};
