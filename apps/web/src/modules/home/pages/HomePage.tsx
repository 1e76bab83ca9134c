import { Card, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { hasPermission, useSession } from '../../auth/shared';
import { useMyWork } from '../api';
import { MyWorkPanels } from '../MyWorkPanels';
import { HomeStatCards, useHomeStats } from '../../stats/shared';
import { useSetupStatus } from '../../setup/shared';
import { PageHeader } from '../../../ui/PageHeader';

/**
 * The signed-in home: who you are and what you owe — reports due, notices to answer, reports to
 * review, alerts and targets at risk in your scope. Platform counters are for administrators only. The admin of an install with no
 * province goes to set-up first.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const work = useMyWork();
  const isPlatformAdmin = hasPermission(me, 'users:write') && hasPermission(me, 'stats:read');
  const stats = useHomeStats(isPlatformAdmin);
  // First run without the demo: the admin sets the province up before anything else makes sense.
  const setup = useSetupStatus(hasPermission(me, 'settings:write'));
  if (!me) return null;
  if (setup.data && setup.data.installed.length === 0) return <Navigate to="/app/setup" replace />;
  return (
    <>
      <PageHeader title={t('home.welcome', { name: me.displayName })} />
      <Typography.Paragraph type="secondary">
        {t('home.orgAndRoles', {
          org: me.orgName,
          roles: me.roles.map((r) => t(`roleNames.${r}`, { defaultValue: r })).join(', '),
        })}
      </Typography.Paragraph>
      <Typography.Title level={5}>{t('home.work.title')}</Typography.Title>
      {work.data ? <MyWorkPanels work={work.data} /> : work.isPending ? <Spin /> : null}
      {isPlatformAdmin ? (
        <Card size="small" title={t('home.work.platform')} style={{ marginTop: 16 }}>
          <HomeStatCards stats={stats.data} loading={stats.isPending} />
        </Card>
      ) : null}
    </>
  );
}
