import type { MonitoringPermission } from '@ecocloud/contracts';
import { Spin } from 'antd';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { assessmentRoutes } from '../pages/assessment/assessment-routes';
import { portalRoutes } from '../pages/portal/portal-routes';
import { AppLayout } from './AppLayout';
import { RequireAuth } from './RequireAuth';
import { RequirePermission } from './RequirePermission';

/**
 * A named export loaded on first visit. Every page is its own chunk, so the public portal's first
 * load carries neither the internal pages nor their code (vendor chunks are shared and cached).
 */
function lazyNamed<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const LoginPage = lazyNamed(() => import('../pages/LoginPage'), 'LoginPage');
const NotFoundPage = lazyNamed(() => import('../pages/NotFoundPage'), 'NotFoundPage');
const HomePage = lazyNamed(() => import('../pages/HomePage'), 'HomePage');
const OrgsPage = lazyNamed(() => import('../pages/OrgsPage'), 'OrgsPage');
const UsersPage = lazyNamed(() => import('../pages/UsersPage'), 'UsersPage');
const RolesPage = lazyNamed(() => import('../pages/RolesPage'), 'RolesPage');
const AuditPage = lazyNamed(() => import('../pages/AuditPage'), 'AuditPage');
const DictionariesPage = lazyNamed(() => import('../pages/DictionariesPage'), 'DictionariesPage');
const PasswordPage = lazyNamed(() => import('../pages/PasswordPage'), 'PasswordPage');
const SetupPage = lazyNamed(() => import('../pages/SetupPage'), 'SetupPage');
const StationsPage = lazyNamed(() => import('../pages/monitoring/StationsPage'), 'StationsPage');
const StationDetailPage = lazyNamed(() => import('../pages/monitoring/StationDetailPage'), 'StationDetailPage');
const StationMapPage = lazyNamed(() => import('../pages/monitoring/StationMapPage'), 'StationMapPage');
const DevicesPage = lazyNamed(() => import('../pages/monitoring/DevicesPage'), 'DevicesPage');
const InspectorPage = lazyNamed(() => import('../pages/monitoring/InspectorPage'), 'InspectorPage');
const QuarantinePage = lazyNamed(() => import('../pages/monitoring/QuarantinePage'), 'QuarantinePage');
const ObservationImportPage = lazyNamed(
  () => import('../pages/monitoring/ObservationImportPage'),
  'ObservationImportPage',
);
const AlertsPage = lazyNamed(() => import('../pages/monitoring/AlertsPage'), 'AlertsPage');

/**
 * The work plan's routes come as a `<Route>` tree from a function (workplanRoutes), which cannot be
 * imported lazily as such. They are mounted instead as the /app catch-all: this lazy section
 * renders its own `<Routes>` (relative to /app) with the work plan tree and the 404 page.
 */
const WorkplanSection = lazy(async () => {
  const { workplanRoutes } = await import('../pages/workplan/workplan-routes');
  return {
    default: function WorkplanRoutes() {
      return (
        <Routes>
          {workplanRoutes()}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      );
    },
  };
});

function page(node: ReactNode) {
  return <Suspense fallback={<Spin style={{ display: 'block', margin: 48 }} />}>{node}</Suspense>;
}

function guarded(permission: Parameters<typeof RequirePermission>[0]['permission'], node: ReactNode) {
  return <RequirePermission permission={permission}>{page(node)}</RequirePermission>;
}

function monitoring(permission: MonitoringPermission, node: ReactNode) {
  return guarded(permission, node);
}

/** Public pages at the top level (the portal, login); everything under /app needs a session and, per page, a permission. */
export function AppRoutes() {
  return (
    <Routes>
      {portalRoutes()}
      <Route path="/login" element={page(<LoginPage />)} />
      <Route path="/app" element={<RequireAuth>{(me) => <AppLayout me={me} />}</RequireAuth>}>
        <Route index element={page(<HomePage />)} />
        <Route path="setup" element={monitoring('settings:write', <SetupPage />)} />
        <Route path="orgs" element={guarded('orgs:read', <OrgsPage />)} />
        <Route path="users" element={guarded('users:read', <UsersPage />)} />
        <Route path="roles" element={guarded('roles:read', <RolesPage />)} />
        <Route path="audit" element={guarded('audit:read', <AuditPage />)} />
        <Route path="dictionaries" element={guarded('dictionaries:read', <DictionariesPage />)} />
        <Route path="monitoring">
          <Route index element={<Navigate to="stations" replace />} />
          <Route path="stations" element={monitoring('stations:read', <StationsPage />)} />
          <Route path="stations/:code" element={monitoring('stations:read', <StationDetailPage />)} />
          <Route path="map" element={monitoring('stations:read', <StationMapPage />)} />
          <Route path="devices" element={monitoring('devices:read', <DevicesPage />)} />
          <Route path="inspector" element={monitoring('devices:read', <InspectorPage />)} />
          <Route path="quarantine" element={monitoring('quarantine:read', <QuarantinePage />)} />
          <Route path="import" element={monitoring('observations:import', <ObservationImportPage />)} />
          <Route path="alerts" element={monitoring('alerts:read', <AlertsPage />)} />
        </Route>
        {assessmentRoutes()}
        <Route path="password" element={page(<PasswordPage />)} />
        <Route path="*" element={page(<WorkplanSection />)} />
      </Route>
      <Route path="*" element={page(<NotFoundPage />)} />
    </Routes>
  );
}
