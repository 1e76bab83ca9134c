import { LoginOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Layout, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { LocaleSwitch } from '../app/LocaleSwitch';
import { useSession } from '../modules/auth/hooks/useSession';
import { CityGrid } from '../modules/public/components/CityGrid';
import { usePublicOverview } from '../modules/public/hooks/usePublicOverview';
import { formatInstant } from '../ui/format-time';

/** The public front page: what EcoCloud is, the province and its cities; no login needed. */
export function LandingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const overview = usePublicOverview();
  const { me } = useSession(); // a signed-in visitor gets "open workspace" instead of "log in"
  const data = overview.data;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', background: '#1f7a4d' }}>
        <Typography.Title level={3} style={{ color: '#fff', margin: 0 }} data-testid="product-name">
          {t('app.fullName')}
        </Typography.Title>
        <Space>
          <LocaleSwitch />
          {me ? (
            <Button data-testid="landing-enter" type="primary" ghost onClick={() => navigate('/app')}>
              {t('landing.enter')}
            </Button>
          ) : (
            <Button data-testid="landing-login" type="primary" ghost icon={<LoginOutlined />} onClick={() => navigate('/login')}>
              {t('landing.login')}
            </Button>
          )}
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: '32px 48px' }}>
        <Typography.Title level={2}>{t('app.tagline')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('landing.intro')}</Typography.Paragraph>
        {overview.isPending ? (
          <Skeleton active />
        ) : overview.isError || !data ? (
          <Alert type="warning" title={t('errors.SERVICE_UNAVAILABLE')} showIcon />
        ) : (
          <Card
            title={
              <span data-testid="province-name">
                {t('landing.province')}：{data.province?.name ?? t('landing.noProvince')}
              </span>
            }
            extra={<Typography.Text type="secondary">{t('landing.cityCount', { count: data.cities.length })}</Typography.Text>}
          >
            <CityGrid cities={data.cities} />
            <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
              {t('landing.generatedAt', { at: formatInstant(data.generatedAt) })}
            </Typography.Paragraph>
          </Card>
        )}
      </Layout.Content>
    </Layout>
  );
}
