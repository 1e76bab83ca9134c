import {
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  CloudOutlined,
  DashboardOutlined,
  FundOutlined,
  HomeOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Menu, Tag, type MenuProps } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { filterMenu, findMenuKey, findMenuTrail, type MenuNode } from '../lib/menu';
import { APP_MENU } from './menu-config';

const ICONS: Record<string, ReactNode> = {
  home: <HomeOutlined />,
  platform: <SettingOutlined />,
  orgs: <ApartmentOutlined />,
  users: <UserOutlined />,
  roles: <TeamOutlined />,
  audit: <AuditOutlined />,
  dictionaries: <BookOutlined />,
  monitoring: <CloudOutlined />,
  assessment: <FundOutlined />,
  workplan: <ScheduleOutlined />,
};

type Item = NonNullable<MenuProps['items']>[number];

/** The side menu: only entries the user's permissions allow, labelled in the current locale. */
export function AppMenu({ permissions, collapsed = false }: { permissions: readonly string[]; collapsed?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const nodes = filterMenu(APP_MENU, permissions);

  const label = (key: string, labelKey: string) => <span data-testid={`menu-${key}`}>{t(labelKey)}</span>;
  const toItem = (node: MenuNode): Item => {
    if (node.kind === 'link') {
      return {
        key: node.key,
        icon: ICONS[node.key],
        label: label(node.key, node.labelKey),
        onClick: () => navigate(node.path),
      };
    }
    if (node.kind === 'group') {
      return {
        key: node.key,
        icon: ICONS[node.key],
        label: label(node.key, node.labelKey),
        children: node.children.map(toItem),
      };
    }
    return {
      key: node.key,
      icon: ICONS[node.key] ?? <DashboardOutlined />,
      disabled: true,
      label: (
        <span data-testid={`menu-${node.key}`}>
          {t(node.labelKey)} <Tag>{t('menu.coming')}</Tag>
        </span>
      ),
    };
  };

  const selected = findMenuKey(nodes, pathname);
  // The current page's group is open (on a deep link too; the platform group on the home page);
  // groups the user opened stay open.
  const currentGroup = findMenuTrail(nodes, pathname)?.group?.key;
  const [openKeys, setOpenKeys] = useState<string[]>(() => [currentGroup ?? 'platform']);
  useEffect(() => {
    if (currentGroup) setOpenKeys((keys) => (keys.includes(currentGroup) ? keys : [...keys, currentGroup]));
  }, [currentGroup]);
  return (
    <Menu
      mode="inline"
      items={nodes.map(toItem)}
      selectedKeys={selected ? [selected] : []}
      // Collapsed, groups pop out on hover as antd does it: controlled open keys would pop the current
      // group out after every navigation, and collapsing would wipe them.
      {...(collapsed ? {} : { openKeys, onOpenChange: setOpenKeys })}
    />
  );
}
