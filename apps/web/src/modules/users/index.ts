import { lazyPage } from '../../lib/lazy-page';
import { inPlatformGroup } from '../../lib/menu';
import type { WebModule } from '../../lib/web-module';

const UsersPage = lazyPage(() => import('./pages/UsersPage'), 'UsersPage');

/** The users module as the shell sees it: its page and its link in the platform group. */
export const usersWebModule: WebModule = {
  name: 'users',
  routes: [{ path: 'users', page: UsersPage, permission: 'users:read' }],
  menu: [
    inPlatformGroup({
      kind: 'link',
      key: 'users',
      path: '/app/users',
      labelKey: 'menu.users',
      permission: 'users:read',
    }),
  ],
};
