import type { WebModule } from '../../lib/web-module';
import { COMPLIANCE_MENU } from './compliance-menu';
import { COMPLIANCE_ROUTES } from './routes';

/** Online monitoring against the permit as the shell sees it: its pages and its menu group (在线监控合规). */
export const complianceWebModule: WebModule = {
  name: 'compliance',
  routes: COMPLIANCE_ROUTES,
  menu: [COMPLIANCE_MENU],
};
