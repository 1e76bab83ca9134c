import type { AnyPermission } from '@ecocloud/contracts';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../modules/auth/api';
import { useSession } from '../modules/auth/hooks/useSession';

/** A page behind a permission: a typed-in URL gets a 403 page instead of a page of errors. */
export function RequirePermission({ permission, children }: { permission: AnyPermission; children: ReactNode }) {
  const { me } = useSession();
  const { t } = useTranslation();
  if (!hasPermission(me, permission)) {
    return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.desc')} />;
  }
  return <>{children}</>;
}
