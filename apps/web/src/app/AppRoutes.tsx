import { Route, Routes } from 'react-router-dom';
import { AuditPage } from '../pages/AuditPage';
import { DictionariesPage } from '../pages/DictionariesPage';
import { HomePage } from '../pages/HomePage';
import { LandingPage } from '../pages/LandingPage';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { OrgsPage } from '../pages/OrgsPage';
import { PasswordPage } from '../pages/PasswordPage';
import { RolesPage } from '../pages/RolesPage';
import { UsersPage } from '../pages/UsersPage';
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
        <Route path="password" element={<PasswordPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
