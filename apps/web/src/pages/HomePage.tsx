import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { hasPermission } from '../modules/auth/api';
import { useSession } from '../modules/auth/hooks/useSession';
import { HomeStatCards } from '../modules/stats/components/HomeStatCards';
import { useSetupStatus } from '../modules/setup/api';
import { useHomeStats } from '../modules/stats/hooks/useHomeStats';
import { PageHeader } from '../ui/PageHeader';

/** The signed-in home: who you are and the platform's live counts (the admin of an install with no province goes to set-up first). */
export function HomePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const canSeeStats = hasPermission(me, 'stats:read');
  const stats = useHomeStats(canSeeStats);
  // First run without the demo: the admin sets the province up before anything else makes sense.
  const setup = useSetupStatus(hasPermission(me, 'settings:write'));
  if (!me) return null;
  if (setup.data && setup.data.installed.length === 0) return <Navigate to="/app/setup" replace />;
  return (
    <>
      <PageHeader title={t('home.welcome', { name: me.displayName })} />
      <Typography.Paragraph type="secondary">
        {t('home.orgAndRoles', { org: me.orgName, roles: me.roles.map((r) => t(`roleNames.${r}`, { defaultValue: r })).join(', ') })}
      </Typography.Paragraph>
      {canSeeStats ? (
        <HomeStatCards stats={stats.data} loading={stats.isPending} />
      ) : (
        <Alert type="info" title={t('home.noStats')} showIcon />
      )}
    </>
  );
}
