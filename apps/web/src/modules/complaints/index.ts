import type { WebModule } from '../../lib/web-module';
import { COMPLAINTS_MENU } from './complaints-menu';
import { COMPLAINTS_ROUTES } from './routes';

/** Complaints as the shell sees it (信访投诉): reports with their clocks, the map, the statistics. */
export const complaintsWebModule: WebModule = {
  name: 'complaints',
  routes: COMPLAINTS_ROUTES,
  menu: [COMPLAINTS_MENU],
};
