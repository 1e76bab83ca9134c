import type { WebModule } from '../../lib/web-module';
import { RECTIFICATION_MENU } from './rectification-menu';
import { RECTIFICATION_ROUTES } from './routes';

/** Words the portal's rectification page shares with the module's pages. */
export { StatusTag } from './components/StatusTag';

/** The inspection-rectification ledger as the shell sees it (督察整改). */
export const rectificationWebModule: WebModule = {
  name: 'rectification',
  routes: RECTIFICATION_ROUTES,
  menu: [RECTIFICATION_MENU],
};
