import { lazyPage } from '../../lib/lazy-page';
import { inPlatformGroup } from '../../lib/menu';
import type { WebModule } from '../../lib/web-module';

const RolesPage = lazyPage(() => import('./pages/RolesPage'), 'RolesPage');

/** The roles module as the shell sees it: its page and its link in the platform group. */
export const rolesWebModule: WebModule = {
  name: 'roles',
  routes: [{ path: 'roles', page: RolesPage, permission: 'roles:read' }],
  menu: [
    inPlatformGroup({
      kind: 'link',
      key: 'roles',
      path: '/app/roles',
      labelKey: 'menu.roles',
      permission: 'roles:read',
    }),
  ],
};
