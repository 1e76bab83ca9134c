import { LoginOutlined } from '@ant-design/icons';
import { Button, Grid, Layout, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { LocaleSwitch } from '../../../ui/LocaleSwitch';
import { useKnownSession } from '../../auth/shared';

const NAV = [
  { key: 'air', path: '/', labelKey: 'assessment.portal.nav.air' },
  { key: 'water', path: '/portal/water', labelKey: 'assessment.portal.nav.water' },
  { key: 'ranking', path: '/portal/ranking', labelKey: 'assessment.portal.nav.ranking' },
  { key: 'openData', path: '/portal/open-data', labelKey: 'assessment.portal.nav.openData' },
  // 一公开: the enforcement module's published inspections and penalty decisions.
  { key: 'inspections', path: '/portal/inspections', labelKey: 'enforcement.portal.inspections' },
  { key: 'decisions', path: '/portal/decisions', labelKey: 'enforcement.portal.decisions' },
  // The credit module's published ratings and disclosure reports; punishment records and repair decisions.
  { key: 'credit', path: '/portal/credit', labelKey: 'creditRating.portal.nav' },
  { key: 'creditRepair', path: '/portal/credit-repair', labelKey: 'credit.repair.portal.title' },
  // The inspection-rectification progress the department publishes.
  { key: 'rectification', path: '/portal/rectification', labelKey: 'rectification.portal.nav' },
  // 12369: the complaints module's report form (its tracking page links from the receipt).
  { key: 'report', path: '/portal/report', labelKey: 'complaints.portal.nav' },
] as const;

function activeKey(pathname: string): string {
  const hit = NAV.find((n) => n.path !== '/' && pathname.startsWith(n.path));
  return hit?.key ?? 'air';
}

/**
 * The public portal's frame: product name, sections, language switch and a login button (or
 * "open workspace" for a visitor this tab knows is signed in; the portal never asks /auth/me). Narrow screens get a compact header that wraps.
 */
export function PortalLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const me = useKnownSession();
  const screens = Grid.useBreakpoint();
  const isNarrow = !screens.md;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          flexWrap: 'wrap',
          gap: 8,
          background: '#1f7a4d',
          height: 'auto',
          lineHeight: 'normal',
          padding: isNarrow ? '8px 12px' : '10px 32px',
        }}
      >
        <Link to="/">
          <Typography.Title level={isNarrow ? 5 : 3} style={{ color: '#fff', margin: 0 }} data-testid="product-name">
            {t('app.fullName')}
          </Typography.Title>
        </Link>
        <Space size={4} wrap>
          <LocaleSwitch />
          {me ? (
            <Button data-testid="portal-enter" ghost onClick={() => navigate('/app')}>
              {t('landing.enter')}
            </Button>
          ) : (
            // To the workspace: a visitor with a session this tab has not seen yet goes straight in,
            // one without is sent on to /login (the portal itself never asks for the session).
            <Button data-testid="login-button" ghost icon={<LoginOutlined />} onClick={() => navigate('/app')}>
              {t('landing.login')}
            </Button>
          )}
        </Space>
      </Layout.Header>
      {/* Plain links, not a horizontal Menu: the Menu folds its items into "…" as soon as it measures itself narrow. */}
      <nav
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 4,
          background: '#fff',
          paddingInline: isNarrow ? 4 : 24,
          borderBottom: '1px solid #f0f0f0',
        }}
      >
        {NAV.map((n) => {
          const isActive = activeKey(pathname) === n.key;
          return (
            <Link
              key={n.key}
              to={n.path}
              data-testid={`portal-nav-${n.key}`}
              aria-current={isActive ? 'page' : undefined}
              style={{
                padding: '10px 12px',
                color: isActive ? '#1f7a4d' : 'rgba(0,0,0,0.88)',
                borderBottom: isActive ? '2px solid #1f7a4d' : '2px solid transparent',
                fontWeight: isActive ? 600 : 400,
              }}
            >
              {t(n.labelKey)}
            </Link>
          );
        })}
      </nav>
      <Layout.Content style={{ padding: isNarrow ? 12 : '24px 32px' }}>
        <Outlet />
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center', fontSize: 12 }}>{t('assessment.portal.footer')}</Layout.Footer>
    </Layout>
  );
}
