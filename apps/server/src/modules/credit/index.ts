import { CREDIT_PERMISSIONS } from '@ecocloud/contracts';
import type { ServerModule } from '../../server-module';

/**
 * Enterprise environmental credit (issue 18): the annual rating, the repair of published punishment records,
 * legal disclosure (依法披露).
 */
export const creditModule: ServerModule = {
  name: 'credit',
  routes: [],
  services: [],
  commands: [],
  demo: [],
  metrics: [],
  permissions: CREDIT_PERMISSIONS,
  tables: [],
};
