import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { LocaleSwitch } from '../../../ui/LocaleSwitch';
import { useLogin } from '../hooks/useSession';

type LoginForm = { username: string; password: string };

/** Only same-site paths under /app may be a post-login target (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/app') ? next : '/app';
}

/** Username + password; errors (wrong password, locked account) come up as coded messages. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const login = useLogin();

  const onFinish = (values: LoginForm) => {
    login.mutate(values, { onSuccess: () => navigate(safeNext(params.get('next')), { replace: true }) });
  };

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', background: '#f0f5f1' }}>
      <Card style={{ width: 380 }} title={t('login.title')} extra={<LocaleSwitch />}>
        <Form<LoginForm> layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, message: t('login.usernameRequired') }]}
          >
            <Input data-testid="login-username" prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password data-testid="login-password" prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button data-testid="login-submit" type="primary" htmlType="submit" block loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Form>
        <Space style={{ marginTop: 16 }}>
          <Link to="/">
            <Typography.Text type="secondary">{t('login.backHome')}</Typography.Text>
          </Link>
        </Space>
      </Card>
    </Flex>
  );
}
