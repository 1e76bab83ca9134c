import { ENFORCEMENT_PERMISSIONS } from '@ecocloud/contracts';
import type { ServerModule } from '../../server-module';
import { enforcementCalendarRoutes } from './calendar/calendar.routes';
import { casesRoutes } from './cases/cases.routes';
import { enforcementDemoSeeder } from './demo/demo-seeder';
import { caseDocumentsRoutes } from './documents/documents.routes';
import { inspectionsRoutes } from './inspections/inspections.routes';
import { publicDecisionsRoutes } from './public/public-decisions.routes';
import { inspectionRecordsRoutes } from './records/records.routes';
import { inspectionRecordsDemoSeeder } from './records/records-demo';
import { ENFORCEMENT_TABLES } from './enforcement.tables';
import { ENFORCEMENT_METRICS } from './metrics';
import { enforcementStatsRoutes } from './stats/stats.routes';

/**
 * Enforcement (issue 17): cases from a lead to a paid decision on the clocks the law fixes, under the law
 * in force on the day of the act, with the fine the discretion tables compute. The random draw and the
 * clock rules are pure (draw/, rules/); statistics per handling unit or city (stats/), the work plan's
 * figures (metrics.ts) and a demo year of cases (demo/). Case documents as DOCX and PDF (documents/), decisions published (public/); inspection records filed
 * from a phone, their findings turned into cases (records/).
 */
export const enforcementModule: ServerModule = {
  name: 'enforcement',
  routes: [
    casesRoutes,
    caseDocumentsRoutes,
    publicDecisionsRoutes,
    enforcementStatsRoutes,
    inspectionsRoutes,
    enforcementCalendarRoutes,
    inspectionRecordsRoutes,
  ],
  services: [],
  commands: [],
  demo: [enforcementDemoSeeder, inspectionRecordsDemoSeeder],
  metrics: ENFORCEMENT_METRICS,
  permissions: ENFORCEMENT_PERMISSIONS,
  tables: ENFORCEMENT_TABLES,
};

/** Decided cases with their fines, service and the duties after them, for the credit module. */
export { decidedCases, type DecidedCase } from './reads/decided-cases';
