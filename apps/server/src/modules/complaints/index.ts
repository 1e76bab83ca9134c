import { COMPLAINTS_PERMISSIONS } from '@ecocloud/contracts';
import type { ServerModule } from '../../server-module';
import { complaintsRoutes } from './complaints.routes';
import { COMPLAINTS_TABLES } from './complaints.tables';
import { complaintsDemoSeeder } from './demo/demo-seeder';
import { complaintsSupervision } from './learning/supervision';
import { COMPLAINTS_METRICS } from './metrics';
import { publicComplaintsRoutes } from './public/public-complaints.routes';

/**
 * Complaints and petitions (issue 19): intake from the portal, staff and handed-over batches with a random
 * tracking code; classification, routing and transfers; the statutory clocks (`@ecocloud/standards`
 * complaints/); the answer reviewed before it is sent, rated by the reporter, 复查 for petitions; the
 * reporter's identity for the handling officers only, every view audited; the map, statistics, metrics and
 * the special-supervision criterion (three substantiated reports in 12 months). See README.md.
 */
export const complaintsModule: ServerModule = {
  name: 'complaints',
  routes: [complaintsRoutes, publicComplaintsRoutes],
  services: [],
  commands: [],
  demo: [complaintsDemoSeeder],
  metrics: COMPLAINTS_METRICS,
  supervision: [complaintsSupervision],
  permissions: COMPLAINTS_PERMISSIONS,
  tables: COMPLAINTS_TABLES,
};

/** Substantiated reports per enterprise, replied in a range of days: the credit rating's complaints indicator. */
export { substantiatedCounts as substantiatedComplaintsOf } from './reports/complaints.repository';

/** Counts of a handed-over batch (交办件) by its 交办编号: the rectification ledger links its batches to them. */
export { handoverBatchCounts } from './reports/handover-batch-reads';
