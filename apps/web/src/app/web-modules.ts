import { assessmentWebModule } from '../modules/assessment';
import { auditWebModule } from '../modules/audit';
import { complaintsWebModule } from '../modules/complaints';
import { complianceWebModule } from '../modules/compliance';
import { creditWebModule } from '../modules/credit';
import { authWebModule } from '../modules/auth';
import { dictionariesWebModule } from '../modules/dictionaries';
import { enforcementWebModule } from '../modules/enforcement';
import { homeWebModule } from '../modules/home';
import { monitoringWebModule } from '../modules/monitoring';
import { orgsWebModule } from '../modules/orgs';
import { portalWebModule } from '../modules/portal';
import { rectificationWebModule } from '../modules/rectification';
import { rolesWebModule } from '../modules/roles';
import { setupWebModule } from '../modules/setup';
import { sourcesWebModule } from '../modules/sources';
import { usersWebModule } from '../modules/users';
import { workplanWebModule } from '../modules/workplan';
import type { WebModule } from '../lib/web-module';

/**
 * Every web module, listed once: the router mounts their routes and the side menu shows their
 * entries in this order (the platform modules' links fill the shared platform group).
 */
export const WEB_MODULES: readonly WebModule[] = [
  homeWebModule,
  orgsWebModule,
  usersWebModule,
  rolesWebModule,
  auditWebModule,
  dictionariesWebModule,
  monitoringWebModule,
  assessmentWebModule,
  workplanWebModule,
  sourcesWebModule,
  complianceWebModule,
  enforcementWebModule,
  complaintsWebModule,
  creditWebModule,
  rectificationWebModule,
  setupWebModule,
  authWebModule,
  portalWebModule,
];
