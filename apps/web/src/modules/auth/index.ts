import { lazyPage } from '../../lib/lazy-page';
import type { WebModule } from '../../lib/web-module';

const LoginPage = lazyPage(() => import('./pages/LoginPage'), 'LoginPage');
const PasswordPage = lazyPage(() => import('./pages/PasswordPage'), 'PasswordPage');

/** Sign-in as the shell sees it: the login page (public) and the change-password page (any signed-in user). */
export const authWebModule: WebModule = {
  name: 'auth',
  publicRoutes: [{ path: '/login', page: LoginPage }],
  routes: [{ path: 'password', page: PasswordPage }],
};
