import type { Me } from '@ecocloud/contracts';
import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../modules/auth/hooks/useSession';

/** Renders its children with the user, or sends a visitor to /login and back here afterwards. */
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
  return <>{children(me)}</>;
}
