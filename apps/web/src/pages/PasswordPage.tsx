import { App, Button, Card, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../modules/auth/hooks/useChangePassword';
import { PageHeader } from '../ui/PageHeader';
import { newPasswordRule } from '../modules/auth/password-rule';

type Values = { currentPassword: string; newPassword: string; confirm: string };


/** Change one's own password: current, new, new again. */
export function PasswordPage() {
  const { t } = useTranslation();
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
      <Card style={{ maxWidth: 480 }}>
        <Form form={form} layout="vertical" onFinish={onFinish}>
          <Form.Item name="currentPassword" label={t('password.current')} rules={[required]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            extra={t('password.rule')}
            rules={[required, newPasswordRule(t('password.rule'))]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t('common.save')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
