import type { Role } from '@ecocloud/contracts';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale-context';
import { permissionText } from '../../../i18n/code-text';

/** Roles with their data scope and permissions, all in the current locale. */
export function RolesTable({ roles, loading }: { roles: Role[]; loading: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Table<Role>
      data-testid="roles-table"
      rowKey="code"
      loading={loading}
      dataSource={roles}
      pagination={false}
      columns={[
        { key: 'code', title: t('roles.code'), width: 160, render: (_, r) => <code translate="no">{r.code}</code> },
        { key: 'name', title: t('roles.name'), render: (_, r) => (locale === 'en' ? r.nameEn : r.name), width: 180 },
        {
          key: 'scope',
          title: t('roles.scope'),
          render: (_, r) => <Tag color="green">{t(`roles.scopes.${r.scope}`)}</Tag>,
          width: 180,
        },
        {
          key: 'permissions',
          title: t('roles.permissions'),
          render: (_, r) =>
            r.permissions.map((p) => (
              <Tag key={p} title={p} style={{ marginBottom: 4 }}>
                {permissionText(p, t)}
              </Tag>
            )),
        },
      ]}
    />
  );
}
