import type { ServerModule } from '../../server-module';
import { homeRoutes } from './home.routes';

/** The signed-in user's own work (GET /me/work), read from the other modules' exported functions; no tables. */
export const homeModule: ServerModule = {
  name: 'home',
  routes: [homeRoutes],
  services: [],
  commands: [],
  demo: [],
  metrics: [],
  permissions: [],
  tables: [],
};
