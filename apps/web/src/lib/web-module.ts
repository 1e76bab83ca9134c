import type { AnyPermission } from '@ecocloud/contracts';
import type { LazyPage } from './lazy-page';
import type { MenuNode } from './menu';

/**
 * One route of a module, as data: the shell turns it into a react-router `<Route>`, wraps the page
 * in its loading fallback and, when `permission` is set, in its 403 guard. Modules never import
 * the shell; they say what they need and the shell provides it.
 */
export type ModuleRoute = {
  /** Relative to the parent route (absolute for a public route); none for a layout or an index route. */
  path?: string;
  /** The parent's own page. */
  index?: boolean;
  /** The page (a lazy one, so each page is its own chunk); with `children`, the frame they render in. */
  page?: LazyPage;
  /** Without it the page shows a 403 result; the API enforces access either way. */
  permission?: AnyPermission;
  /** Sends the browser on (replacing the history entry) instead of showing a page. */
  redirect?: string;
  children?: readonly ModuleRoute[];
};

/**
 * What a web module gives the shell, exported by its `index.ts`. The shell lists the modules once
 * (`app/web-modules.ts`) and builds the router and the side menu from that list.
 */
export type WebModule = {
  name: string;
  /** Pages under /app, for signed-in users. */
  routes?: readonly ModuleRoute[];
  /** Pages at the top level, open to everyone (the portal, the login page). */
  publicRoutes?: readonly ModuleRoute[];
  /** What the module adds to the side menu: its own group, or a link in a shared group (see `inPlatformGroup`). */
  menu?: readonly MenuNode[];
};
