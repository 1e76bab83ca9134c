import { PlusOutlined } from '@ant-design/icons';
import type { User } from '@ecocloud/contracts';
import { App, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../auth/shared';
import { useRoles } from '../../roles/shared';
import { UserFormModal, type UserFormMode } from '../components/UserFormModal';
import { UsersTable } from '../components/UsersTable';
import { useUnlockUser, useUsers } from '../hooks/useUsers';
import { PageHeader } from '../../../ui/PageHeader';
import type { SortQuery } from '../../../ui/table-query';

/** Users within the caller's scope: search, page and sort on the server; create, edit, unlock. */
export function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const canWrite = hasPermission(me, 'users:write');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [sort, setSort] = useState<SortQuery>({});
  const [q, setQ] = useState('');
  const [mode, setMode] = useState<UserFormMode | null>(null);
  const users = useUsers({ ...paging, ...sort, q: q || undefined });
  const roles = useRoles(hasPermission(me, 'roles:read'));
  const unlock = useUnlockUser();

  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          <Space>
            <Input.Search
              data-testid="users-search"
              allowClear
              placeholder={t('users.searchPlaceholder')}
              onSearch={(value) => {
                setQ(value.trim());
                setPaging((p) => ({ ...p, page: 1 }));
              }}
              style={{ width: 260 }}
            />
            {canWrite ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setMode({ kind: 'create' })}>
                {t('users.create')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <UsersTable
        users={users.data?.items ?? []}
        total={users.data?.total ?? 0}
        loading={users.isFetching}
        page={paging.page}
        pageSize={paging.pageSize}
        sort={sort}
        roles={roles.data?.items}
        canWrite={canWrite}
        onPage={(page, pageSize, nextSort) => {
          setPaging({ page, pageSize });
          setSort(nextSort);
        }}
        onEdit={(user: User) => setMode({ kind: 'edit', user })}
        onUnlock={(user: User) =>
          unlock.mutate(user.id, { onSuccess: () => void message.success(t('users.unlocked')) })
        }
      />
      <UserFormModal mode={mode} onClose={() => setMode(null)} onSaved={(msg) => void message.success(msg)} />
    </>
  );
}
