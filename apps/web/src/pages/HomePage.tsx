import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../modules/auth/api';
import { useSession } from '../modules/auth/hooks/useSession';
import { HomeStatCards } from '../modules/stats/components/HomeStatCards';
import { useHomeStats } from '../modules/stats/hooks/useHomeStats';
import { PageHeader } from '../ui/PageHeader';

/** The signed-in home: who you are and the platform's live counts. */
export function HomePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const canSeeStats = hasPermission(me, 'stats:read');
  const stats = useHomeStats(canSeeStats);
  if (!me) return null;
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
