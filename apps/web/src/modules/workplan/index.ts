import type { WebModule } from '../../lib/web-module';
import { WORKPLAN_ROUTES } from './routes';
import { WORKPLAN_MENU } from './workplan-menu';

/** The work plan module as the shell sees it: its pages and its menu group. */
export const workplanWebModule: WebModule = { name: 'workplan', routes: WORKPLAN_ROUTES, menu: [WORKPLAN_MENU] };
