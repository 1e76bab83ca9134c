import type { WebModule } from '../../lib/web-module';
import { CREDIT_MENU } from './credit-menu';
import { CREDIT_ROUTES } from './routes';

/** Enterprise environmental credit as the shell sees it: rating runs, ratings, the disclosure list and reports. */
export const creditWebModule: WebModule = {
  name: 'credit',
  routes: CREDIT_ROUTES,
  menu: [CREDIT_MENU],
};
