import type { Me } from '@ecocloud/contracts';
import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../modules/auth/hooks/useSession';

// Loaded on demand, like the routed page of the same name: most sessions never need it here.
const PasswordPage = lazy(() =>
  import('../modules/auth/pages/PasswordPage').then((m) => ({ default: m.PasswordPage })),
);

/**
 * Renders its children with the user, or sends a visitor to /login and back here afterwards. An
 * account whose password an administrator set sees only the change-password form (no menus, no
 * page queries: the API refuses them) until it has chosen its own; then the page it asked for opens.
 */
export function RequireAuth({ children }: { children: (me: Me) => ReactNode }) {
  const { me, isLoading } = useSession();
  const location = useLocation();
  if (isLoading) {
    return <Spin size="large" style={{ display: 'block', margin: '20vh auto' }} />;
  }
  if (!me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (me.mustChangePassword) {
    return (
      <div style={{ maxWidth: 520, margin: '8vh auto', padding: 16 }}>
        <Suspense fallback={<Spin />}>
          <PasswordPage forced />
        </Suspense>
      </div>
    );
  }
  return <>{children(me)}</>;
}
