import { ENFORCEMENT_PERMISSIONS } from '@ecocloud/contracts';
import type { ServerModule } from '../../server-module';
import { casesRoutes } from './cases/cases.routes';
import { caseDocumentsRoutes } from './documents/documents.routes';
import { publicDecisionsRoutes } from './public/public-decisions.routes';
import { ENFORCEMENT_TABLES } from './enforcement.tables';

/**
 * Enforcement (issue 17): cases from a lead to a paid decision on the clocks the law fixes, under the law
 * in force on the day of the act, with the fine the discretion tables compute. The random draw and the
 * clock rules are pure (draw/, rules/); inspection records and documents come next.
 */
export const enforcementModule: ServerModule = {
  name: 'enforcement',
  routes: [casesRoutes, caseDocumentsRoutes, publicDecisionsRoutes],
  services: [],
  commands: [],
  demo: [],
  metrics: [],
  permissions: ENFORCEMENT_PERMISSIONS,
  tables: ENFORCEMENT_TABLES,
};
