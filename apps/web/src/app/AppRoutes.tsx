import { Navigate, Route, Routes } from 'react-router-dom';
import { asPermission } from '../modules/monitoring/permissions';
import { AuditPage } from '../pages/AuditPage';
import { DictionariesPage } from '../pages/DictionariesPage';
import { HomePage } from '../pages/HomePage';
import { LandingPage } from '../pages/LandingPage';
import { LoginPage } from '../pages/LoginPage';
import { AlertsPage } from '../pages/monitoring/AlertsPage';
import { DevicesPage } from '../pages/monitoring/DevicesPage';
import { InspectorPage } from '../pages/monitoring/InspectorPage';
import { ObservationImportPage } from '../pages/monitoring/ObservationImportPage';
import { QuarantinePage } from '../pages/monitoring/QuarantinePage';
import { StationDetailPage } from '../pages/monitoring/StationDetailPage';
import { StationMapPage } from '../pages/monitoring/StationMapPage';
import { StationsPage } from '../pages/monitoring/StationsPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { OrgsPage } from '../pages/OrgsPage';
import { PasswordPage } from '../pages/PasswordPage';
import { RolesPage } from '../pages/RolesPage';
import { UsersPage } from '../pages/UsersPage';
import { workplanRoutes } from '../pages/workplan/workplan-routes';
import { AppLayout } from './AppLayout';
import { RequireAuth } from './RequireAuth';
import { RequirePermission } from './RequirePermission';

/** Public pages at the top level; everything under /app needs a session and, per page, a permission. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<LandingPage />} />
      <Route path="/login" element={<LoginPage />} />
      <Route path="/app" element={<RequireAuth>{(me) => <AppLayout me={me} />}</RequireAuth>}>
        <Route index element={<HomePage />} />
        <Route path="orgs" element={<RequirePermission permission="orgs:read"><OrgsPage /></RequirePermission>} />
        <Route path="users" element={<RequirePermission permission="users:read"><UsersPage /></RequirePermission>} />
        <Route path="roles" element={<RequirePermission permission="roles:read"><RolesPage /></RequirePermission>} />
        <Route path="audit" element={<RequirePermission permission="audit:read"><AuditPage /></RequirePermission>} />
        <Route
          path="dictionaries"
          element={<RequirePermission permission="dictionaries:read"><DictionariesPage /></RequirePermission>}
        />
        <Route path="monitoring">
          <Route index element={<Navigate to="stations" replace />} />
          <Route path="stations" element={<RequirePermission permission={asPermission('stations:read')}><StationsPage /></RequirePermission>} />
          <Route
            path="stations/:code"
            element={<RequirePermission permission={asPermission('stations:read')}><StationDetailPage /></RequirePermission>}
          />
          <Route path="map" element={<RequirePermission permission={asPermission('stations:read')}><StationMapPage /></RequirePermission>} />
          <Route path="devices" element={<RequirePermission permission={asPermission('devices:read')}><DevicesPage /></RequirePermission>} />
          <Route path="inspector" element={<RequirePermission permission={asPermission('devices:read')}><InspectorPage /></RequirePermission>} />
          <Route
            path="quarantine"
            element={<RequirePermission permission={asPermission('quarantine:read')}><QuarantinePage /></RequirePermission>}
          />
          <Route
            path="import"
            element={<RequirePermission permission={asPermission('observations:write')}><ObservationImportPage /></RequirePermission>}
          />
          <Route path="alerts" element={<RequirePermission permission={asPermission('alerts:read')}><AlertsPage /></RequirePermission>} />
        </Route>
        {workplanRoutes()}
        <Route path="password" element={<PasswordPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
