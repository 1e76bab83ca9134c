import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import type { Me } from '@ecocloud/contracts';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useLogout } from '../modules/auth/hooks/useSession';

/** The header's user button: change password, log out. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'password',
            icon: <KeyOutlined />,
            label: <span data-testid="change-password">{t('userMenu.password')}</span>,
            onClick: () => navigate('/app/password'),
          },
          { type: 'divider' },
          {
            key: 'logout',
            icon: <LogoutOutlined />,
            label: <span data-testid="logout">{t('userMenu.logout')}</span>,
            onClick: () => logout.mutate(undefined, { onSettled: () => navigate('/login') }),
          },
        ],
      }}
    >
      <Button data-testid="user-menu" type="text" icon={<UserOutlined />}>
        {me.displayName} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
