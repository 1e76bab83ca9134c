import type { Role, User } from '@ecocloud/contracts';
import { Button, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/locale-context';
import { formatInstant } from '../../../ui/format-time';
import { sortOrderOf, sorterToQuery, type SortQuery } from '../../../ui/table-query';
import { roleLabel } from '../../roles/shared';
import { isLocked, USER_SORT_KEYS } from '../api';

type Props = {
  users: User[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  sort: SortQuery;
  roles: Role[] | undefined;
  canWrite: boolean;
  onPage: (page: number, pageSize: number, sort: SortQuery) => void;
  onEdit: (user: User) => void;
  onUnlock: (user: User) => void;
};

/** Server-paged and server-sorted users; edit and unlock only for users:write. */
export function UsersTable(props: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { sort } = props;
  return (
    <Table<User>
      data-testid="users-table"
      rowKey="id"
      loading={props.loading}
      dataSource={props.users}
      pagination={{
        current: props.page,
        pageSize: props.pageSize,
        total: props.total,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
      }}
      onChange={(pagination, _filters, sorter) =>
        props.onPage(
          pagination.current ?? 1,
          pagination.pageSize ?? props.pageSize,
          sorterToQuery(sorter, USER_SORT_KEYS),
        )
      }
      columns={[
        {
          key: 'username',
          title: t('users.username'),
          sorter: true,
          sortOrder: sortOrderOf(sort, 'username'),
          render: (_, u) => <span translate="no">{u.username}</span>,
        },
        {
          key: 'displayName',
          dataIndex: 'displayName',
          title: t('users.displayName'),
          sorter: true,
          sortOrder: sortOrderOf(sort, 'displayName'),
        },
        { key: 'orgName', dataIndex: 'orgName', title: t('users.org') },
        {
          key: 'roles',
          title: t('users.roles'),
          render: (_, u) => u.roles.map((r) => <Tag key={r}>{roleLabel(r, props.roles, locale, t)}</Tag>),
        },
        {
          key: 'status',
          title: t('users.status'),
          render: (_, u) => (
            <Space size={4} wrap>
              <Tag color={u.isActive ? 'green' : 'default'}>{u.isActive ? t('users.active') : t('users.inactive')}</Tag>
              {isLocked(u) ? <Tag color="red">{t('users.locked', { until: formatInstant(u.lockedUntil) })}</Tag> : null}
            </Space>
          ),
        },
        {
          key: 'createdAt',
          title: t('users.createdAt'),
          sorter: true,
          sortOrder: sortOrderOf(sort, 'createdAt'),
          render: (_, u) => formatInstant(u.createdAt),
        },
        ...(props.canWrite
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                render: (_: unknown, u: User) => (
                  <Space>
                    <Button size="small" onClick={() => props.onEdit(u)}>
                      {t('common.edit')}
                    </Button>
                    {isLocked(u) ? (
                      <Button size="small" danger onClick={() => props.onUnlock(u)}>
                        {t('users.unlock')}
                      </Button>
                    ) : null}
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
