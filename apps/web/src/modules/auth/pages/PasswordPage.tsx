import { Alert, App, Button, Card, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../hooks/useChangePassword';
import { useLogout } from '../hooks/useSession';
import { PageHeader } from '../../../ui/PageHeader';
import { newPasswordRule } from '../password-rule';

type Values = { currentPassword: string; newPassword: string; confirm: string };

/**
 * Change one's own password: current, new, new again. `forced`: the account's password was set by an
 * administrator, so this is the only page until it is changed (the API refuses everything else).
 */
export function PasswordPage({ forced = false }: { forced?: boolean }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const required = { required: true, message: t('common.required') };

  const onFinish = (v: Values) =>
    change.mutate(
      { currentPassword: v.currentPassword, newPassword: v.newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('password.changed'));
        },
      },
    );

  return (
    <>
      <PageHeader title={t('password.title')} />
      {forced ? (
        <Alert
          data-testid="password-forced"
          type="warning"
          showIcon
          title={t('password.forced')}
          style={{ maxWidth: 480, marginBottom: 16 }}
        />
      ) : null}
      <Card style={{ maxWidth: 480 }}>
        <Form form={form} layout="vertical" onFinish={onFinish} data-testid="password-form">
          <Form.Item name="currentPassword" label={t('password.current')} rules={[required]}>
            <Input.Password autoComplete="current-password" data-testid="password-current" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            extra={t('password.rule')}
            rules={[required, newPasswordRule(t('password.rule'))]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-new" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-confirm" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-submit">
              {t('common.save')}
            </Button>
            {forced ? (
              <Button onClick={() => logout.mutate()} data-testid="password-logout">
                {t('password.logout')}
              </Button>
            ) : null}
          </Space>
        </Form>
      </Card>
    </>
  );
}
