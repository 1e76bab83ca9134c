import type { WebModule } from '../../lib/web-module';
import { PORTAL_ROUTES } from './routes';

/** The public portal as the shell sees it: its pages at the top level, open to everyone; no menu. */
export const portalWebModule: WebModule = { name: 'portal', publicRoutes: PORTAL_ROUTES };
