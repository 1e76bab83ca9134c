import { lazyPage } from '../../lib/lazy-page';
import type { WebModule } from '../../lib/web-module';

const SetupPage = lazyPage(() => import('./pages/SetupPage'), 'SetupPage');

/** The first-run page as the shell sees it: reached from the home page, not from the menu. */
export const setupWebModule: WebModule = {
  name: 'setup',
  routes: [{ path: 'setup', page: SetupPage, permission: 'settings:write' }],
};
