import type { WebModule } from '../../lib/web-module';
import { MONITORING_MENU } from './monitoring-menu';
import { MONITORING_ROUTES } from './routes';

// What other modules may use from monitoring.
export { LivenessTag } from './components/LivenessTag';
export { LIVENESS_COLORS, countByLiveness } from './liveness';
export { parameterLabel, parameterUnit } from './parameters';
export type { MonitoringPermission } from './permissions';

/** The monitoring module as the shell sees it: its pages and its menu group. */
export const monitoringWebModule: WebModule = {
  name: 'monitoring',
  routes: MONITORING_ROUTES,
  menu: [MONITORING_MENU],
};
