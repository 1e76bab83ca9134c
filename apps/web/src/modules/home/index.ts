import { lazyPage } from '../../lib/lazy-page';
import type { WebModule } from '../../lib/web-module';

const HomePage = lazyPage(() => import('./pages/HomePage'), 'HomePage');

/** The home page (/app) as the shell sees it: open to every signed-in user, first in the menu. */
export const homeWebModule: WebModule = {
  name: 'home',
  routes: [{ index: true, page: HomePage }],
  menu: [{ kind: 'link', key: 'home', path: '/app', labelKey: 'menu.home' }],
};
