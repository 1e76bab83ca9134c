import type { WebModule } from '../../lib/web-module';
import { CREDIT_MENU } from './credit-menu';
import { CREDIT_ROUTES } from './routes';

/** Enterprise environmental credit as the shell sees it (企业环境信用): ratings, disclosure, repair of records. */
export const creditWebModule: WebModule = {
  name: 'credit',
  routes: CREDIT_ROUTES,
  menu: [CREDIT_MENU],
};
