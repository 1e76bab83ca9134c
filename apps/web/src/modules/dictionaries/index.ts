import { lazyPage } from '../../lib/lazy-page';
import { inPlatformGroup } from '../../lib/menu';
import type { WebModule } from '../../lib/web-module';

const DictionariesPage = lazyPage(() => import('./pages/DictionariesPage'), 'DictionariesPage');

/** The dictionaries module as the shell sees it: its page and its link in the platform group. */
export const dictionariesWebModule: WebModule = {
  name: 'dictionaries',
  routes: [{ path: 'dictionaries', page: DictionariesPage, permission: 'dictionaries:read' }],
  menu: [
    inPlatformGroup({
      kind: 'link',
      key: 'dictionaries',
      path: '/app/dictionaries',
      labelKey: 'menu.dictionaries',
      permission: 'dictionaries:read',
    }),
  ],
};
