import { lazyPage } from '../../lib/lazy-page';
import { inPlatformGroup } from '../../lib/menu';
import type { WebModule } from '../../lib/web-module';

const OrgsPage = lazyPage(() => import('./pages/OrgsPage'), 'OrgsPage');

/** The organisations module as the shell sees it: its page and its link in the platform group. */
export const orgsWebModule: WebModule = {
  name: 'orgs',
  routes: [{ path: 'orgs', page: OrgsPage, permission: 'orgs:read' }],
  menu: [
    inPlatformGroup({ kind: 'link', key: 'orgs', path: '/app/orgs', labelKey: 'menu.orgs', permission: 'orgs:read' }),
  ],
};
