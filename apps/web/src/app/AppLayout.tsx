import type { Me } from '@ecocloud/contracts';
import { Grid, Layout, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { AppBreadcrumb } from './AppBreadcrumb';
import { AppMenu } from './AppMenu';
import { LocaleSwitch } from '../ui/LocaleSwitch';
import { UserMenu } from './UserMenu';

/** The signed-in frame: side menu per module, header with the locale switch and the user menu. */
export function AppLayout({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(false);
  // On a phone (below md, 768 px) the menu folds away entirely and the frame's margins shrink, so a page
  // such as the inspection record form has the screen's width.
  const phone = Grid.useBreakpoint().md === false;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        theme="light"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        breakpoint="md"
        onBreakpoint={setCollapsed}
        collapsedWidth={phone ? 0 : 80}
        width={220}
      >
        <div style={{ padding: '16px', fontWeight: 600, fontSize: 16, whiteSpace: 'nowrap', overflow: 'hidden' }}>
          <Link to="/app">{collapsed ? t('app.name').slice(0, 2) : t('app.fullName')}</Link>
        </div>
        <AppMenu permissions={me.permissions} collapsed={collapsed} />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'center',
            padding: phone ? '0 12px' : '0 24px',
          }}
        >
          {phone ? <span /> : <Typography.Text type="secondary">{me.orgName}</Typography.Text>}
          <Space>
            <LocaleSwitch />
            <UserMenu me={me} />
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: phone ? 12 : 24 }}>
          <AppBreadcrumb permissions={me.permissions} />
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
