import { Spin } from 'antd';
import { Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { lazyPage, type LazyPage } from '../lib/lazy-page';
import type { ModuleRoute } from '../lib/web-module';
import { AppLayout } from './AppLayout';
import { RequireAuth } from './RequireAuth';
import { RequirePermission } from './RequirePermission';
import { WEB_MODULES } from './web-modules';

const NotFoundPage = lazyPage(() => import('./NotFoundPage'), 'NotFoundPage');

function page(Page: LazyPage) {
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>
      <Page />
    </Suspense>
  );
}

/** The element of a module route: a redirect, or its page behind the permission it names. */
function elementOf(route: ModuleRoute): ReactNode {
  if (route.redirect !== undefined) return <Navigate to={route.redirect} replace />;
  if (!route.page) return undefined;
  if (!route.permission) return page(route.page);
  return <RequirePermission permission={route.permission}>{page(route.page)}</RequirePermission>;
}

/** A module's route as a react-router `<Route>` (called as a function: react-router reads Route elements, not components). */
function toRoute(route: ModuleRoute, key: string) {
  if (route.index) return <Route key={key} index element={elementOf(route)} />;
  return (
    <Route key={key} path={route.path} element={elementOf(route)}>
      {route.children?.map((child, i) => toRoute(child, `${key}.${i}`))}
    </Route>
  );
}

const publicRoutes = WEB_MODULES.flatMap((m) => (m.publicRoutes ?? []).map((r, i) => toRoute(r, `${m.name}.${i}`)));
const appRoutes = WEB_MODULES.flatMap((m) => (m.routes ?? []).map((r, i) => toRoute(r, `${m.name}.${i}`)));

/** Public pages at the top level (the portal, login); everything under /app needs a session and, per page, a permission. */
export function AppRoutes() {
  return (
    <Routes>
      {publicRoutes}
      <Route path="/app" element={<RequireAuth>{(me) => <AppLayout me={me} />}</RequireAuth>}>
        {appRoutes}
        <Route path="*" element={page(NotFoundPage)} />
      </Route>
      <Route path="*" element={page(NotFoundPage)} />
    </Routes>
  );
}
