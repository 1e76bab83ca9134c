import { Breadcrumb } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { filterMenu, findMenuTrail } from '../lib/menu';
import { APP_MENU } from './menu-config';

/**
 * 首页 › group › page (› 详情) above every inner page, from the menu the user sees; nothing on the
 * home page itself or on a page the menu does not list.
 */
export function AppBreadcrumb({ permissions }: { permissions: readonly string[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const trail = findMenuTrail(filterMenu(APP_MENU, permissions), pathname);
  if (!trail || trail.link.key === 'home') return null;
  const items = [
    { key: 'home', title: <Link to="/app">{t('menu.home')}</Link> },
    ...(trail.group ? [{ key: trail.group.key, title: t(trail.group.labelKey) }] : []),
    {
      key: trail.link.key,
      title: trail.isDetail ? <Link to={trail.link.path}>{t(trail.link.labelKey)}</Link> : t(trail.link.labelKey),
    },
    ...(trail.isDetail ? [{ key: 'detail', title: t('menu.detail') }] : []),
  ];
  return <Breadcrumb data-testid="breadcrumb" items={items} style={{ marginBottom: 12 }} />;
}
