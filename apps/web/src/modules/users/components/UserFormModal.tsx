import { ROLE_CODES, type RoleCode, type User } from '@ecocloud/contracts';
import { Form, Input, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale-context';
import { OrgSelect } from '../../orgs/shared';
import { roleLabel, useRoles } from '../../roles/shared';
import { useCreateUser, useUpdateUser } from '../hooks/useUsers';
import { newPasswordRule } from '../../auth/shared';

export type UserFormMode = { kind: 'create' } | { kind: 'edit'; user: User };
type Values = {
  username: string;
  displayName: string;
  orgId: string;
  roles: RoleCode[];
  password: string;
  isActive: boolean;
};

/** Create a user, or edit one's name, organisation, roles and active flag. */
export function UserFormModal({
  mode,
  onClose,
  onSaved,
}: {
  mode: UserFormMode | null;
  onClose: () => void;
  onSaved: (msg: string) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [form] = Form.useForm<Values>();
  const roles = useRoles(mode !== null);
  const create = useCreateUser();
  const update = useUpdateUser();
  const required = { required: true, message: t('common.required') };

  const initialValues: Partial<Values> =
    mode?.kind === 'edit'
      ? {
          displayName: mode.user.displayName,
          orgId: mode.user.orgId,
          roles: mode.user.roles as RoleCode[],
          isActive: mode.user.isActive,
        }
      : { roles: [], isActive: true };

  const submit = async () => {
    const v = await form.validateFields();
    if (mode?.kind === 'create') {
      await create.mutateAsync({
        username: v.username,
        displayName: v.displayName,
        orgId: v.orgId,
        roles: v.roles,
        password: v.password,
      });
      onSaved(t('users.created'));
    } else if (mode?.kind === 'edit') {
      await update.mutateAsync({
        id: mode.user.id,
        input: { displayName: v.displayName, orgId: v.orgId, roles: v.roles, isActive: v.isActive },
      });
      onSaved(t('users.updated'));
    }
    onClose();
  };

  return (
    <Modal
      open={mode !== null}
      title={mode?.kind === 'edit' ? `${t('users.edit')}：${mode.user.username}` : t('users.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => submit().catch(() => undefined)} // shown by the form or the error notifier
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={initialValues}>
        {mode?.kind === 'create' ? (
          <Form.Item name="username" label={t('users.username')} rules={[required, { pattern: /^[a-z0-9_.-]{3,64}$/ }]}>
            <Input autoComplete="off" />
          </Form.Item>
        ) : null}
        <Form.Item name="displayName" label={t('users.displayName')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="orgId" label={t('users.org')} rules={[required]}>
          <OrgSelect />
        </Form.Item>
        <Form.Item name="roles" label={t('users.roles')} rules={[{ ...required, type: 'array', min: 1 }]}>
          <Select
            mode="multiple"
            loading={roles.isPending}
            options={ROLE_CODES.map((code) => ({ value: code, label: roleLabel(code, roles.data?.items, locale, t) }))}
          />
        </Form.Item>
        {mode?.kind === 'create' ? (
          <Form.Item
            name="password"
            label={t('users.password')}
            extra={t('password.rule')}
            rules={[required, newPasswordRule(t('password.rule'))]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        ) : (
          <Form.Item name="isActive" label={t('users.isActive')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
