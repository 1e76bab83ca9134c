import type { DictEntry } from '@ecocloud/contracts';
import { Button, Popconfirm, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { sortOrderOf, sorterToQuery, type SortQuery } from '../../../ui/table-query';
import { ENTRY_SORT_KEYS } from '../api';

type Props = {
  entries: DictEntry[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  sort: SortQuery;
  canWrite: boolean;
  onPage: (page: number, pageSize: number, sort: SortQuery) => void;
  onEdit: (entry: DictEntry) => void;
  onDelete: (entry: DictEntry) => void;
};

/** A dictionary's entries, paged and sorted by the server. */
export function EntriesTable(props: Props) {
  const { t } = useTranslation();
  const { sort } = props;
  return (
    <Table<DictEntry>
      data-testid="entries-table"
      rowKey="id"
      size="middle"
      loading={props.loading}
      dataSource={props.entries}
      pagination={{
        current: props.page,
        pageSize: props.pageSize,
        total: props.total,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
      }}
      onChange={(p, _f, sorter) =>
        props.onPage(p.current ?? 1, p.pageSize ?? props.pageSize, sorterToQuery(sorter, ENTRY_SORT_KEYS))
      }
      columns={[
        {
          key: 'code',
          title: t('dict.code'),
          sorter: true,
          sortOrder: sortOrderOf(sort, 'code'),
          width: 140,
          render: (_, e) => <span translate="no">{e.code}</span>,
        },
        {
          key: 'label',
          dataIndex: 'label',
          title: t('dict.label'),
          sorter: true,
          sortOrder: sortOrderOf(sort, 'label'),
        },
        {
          key: 'labelEn',
          title: t('dict.labelEn'),
          render: (_, e) =>
            e.labelEn ? (
              <span lang="en" translate="no">
                {e.labelEn}
              </span>
            ) : (
              t('common.none')
            ),
        },
        {
          key: 'sortOrder',
          dataIndex: 'sortOrder',
          title: t('dict.sortOrder'),
          sorter: true,
          sortOrder: sortOrderOf(sort, 'sortOrder'),
          width: 90,
        },
        {
          key: 'extra',
          title: t('dict.extra'),
          ellipsis: true,
          render: (_, e) =>
            Object.keys(e.extra).length ? (
              <Typography.Text code>{JSON.stringify(e.extra)}</Typography.Text>
            ) : (
              t('common.none')
            ),
        },
        ...(props.canWrite
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                width: 150,
                render: (_: unknown, e: DictEntry) => (
                  <Space>
                    <Button size="small" onClick={() => props.onEdit(e)}>
                      {t('common.edit')}
                    </Button>
                    <Popconfirm
                      title={t('common.confirmDelete')}
                      okText={t('common.yes')}
                      cancelText={t('common.no')}
                      onConfirm={() => props.onDelete(e)}
                    >
                      <Button size="small" danger>
                        {t('common.delete')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
