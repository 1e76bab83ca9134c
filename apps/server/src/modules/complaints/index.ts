import { COMPLAINTS_PERMISSIONS } from '@ecocloud/contracts';
import type { ServerModule } from '../../server-module';

/** Complaints and petitions (issue 19): intake, routing, statutory clocks, feedback, privacy of the reporter. */
export const complaintsModule: ServerModule = {
  name: 'complaints',
  routes: [],
  services: [],
  commands: [],
  demo: [],
  metrics: [],
  permissions: COMPLAINTS_PERMISSIONS,
  tables: [],
};
