import { COMPLIANCE_PERMISSIONS } from '@ecocloud/contracts';
import type { ServerModule } from '../../server-module';
import { COMPLIANCE_USAGE, runComplianceCommand } from './compliance.cli';
import { COMPLIANCE_TABLES } from './compliance.tables';
import { startComplianceWorker } from './compliance.worker';
import { startComplianceDemoFeed } from './demo/demo-feed';
import { complianceDemoSeeder } from './demo/demo-seeder';
import { COMPLIANCE_METRICS } from './metrics';
import { leadsRoutes } from './leads/leads.routes';
import { complianceSettingsRoutes } from './settings/settings.routes';
import { complianceStatsRoutes } from './stats/stats.routes';
import { specialPeriodsRoutes } from './special-periods/special-periods.routes';
import { complianceRoutes } from './views/compliance.routes';

/** Online monitoring against the permit: stored outlet minutes judged hour by hour, exceedance events. */
export const complianceModule: ServerModule = {
  name: 'compliance',
  routes: [complianceRoutes, specialPeriodsRoutes, leadsRoutes, complianceStatsRoutes, complianceSettingsRoutes],
  // The demo feed starts only with ECOCLOUD_SIMULATOR=1 and the gateway on.
  services: [startComplianceWorker, startComplianceDemoFeed],
  commands: [{ name: 'compliance', usage: COMPLIANCE_USAGE, run: (args, { io }) => runComplianceCommand(args, io) }],
  demo: [complianceDemoSeeder],
  metrics: COMPLIANCE_METRICS,
  permissions: COMPLIANCE_PERMISSIONS,
  tables: COMPLIANCE_TABLES,
};

/** A lead in the actor's scope (404 outside), and its triage steps: the enforcement module opens cases from them. */
export { getLead, stepLead } from './leads/leads.service';

/** Exceeded hours and confirmed leads per enterprise over a range of days (the credit rating). */
export { complianceRecordOf } from './reads/rating-reads';
/** An enterprise's emitted amounts of a year per outlet and pollutant (the annual disclosure report's figures). */
export { enterpriseAmounts } from './amounts/amounts.service';
