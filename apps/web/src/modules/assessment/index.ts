import type { WebModule } from '../../lib/web-module';
import { ASSESSMENT_MENU } from './assessment-menu';
import { ASSESSMENT_ROUTES } from './routes';

/** The assessment module as the shell sees it: its pages and its menu group. */
export const assessmentWebModule: WebModule = {
  name: 'assessment',
  routes: ASSESSMENT_ROUTES,
  menu: [ASSESSMENT_MENU],
};
