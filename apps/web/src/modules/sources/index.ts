import type { WebModule } from '../../lib/web-module';
import { SOURCES_MENU } from './sources-menu';
import { SOURCES_ROUTES } from './routes';

/** The pollution-source register as the shell sees it: its pages and its menu group (污染源). */
export const sourcesWebModule: WebModule = { name: 'sources', routes: SOURCES_ROUTES, menu: [SOURCES_MENU] };
