import type { WebModule } from '../../lib/web-module';
import { MONITORING_MENU } from './monitoring-menu';
import { MONITORING_ROUTES } from './routes';

/** The monitoring module as the shell sees it: its pages and its menu group. */
export const monitoringWebModule: WebModule = {
  name: 'monitoring',
  routes: MONITORING_ROUTES,
  menu: [MONITORING_MENU],
};
