import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Item } from '../types';
import { StatusTag } from './StatusTag';

/** Items below one item (its measures), each linking to its own detail page. */
export function ChildrenTable({
  items,
  loading,
  testId = 'children-table',
  selection,
}: {
  items: readonly Item[];
  loading?: boolean;
  testId?: string;
  /** Rows a writer picks for a bulk assignment; no checkboxes without it. */
  selection?: { keys: string[]; onChange: (keys: string[]) => void };
}) {
  const { t } = useTranslation();
  return (
    <Table<Item>
      data-testid={testId}
      size="small"
      rowKey="id"
      loading={loading}
      pagination={false}
      dataSource={[...items]}
      {...(selection
        ? {
            rowSelection: {
              selectedRowKeys: selection.keys,
              onChange: (keys: React.Key[]) => selection.onChange(keys.map(String)),
              getCheckboxProps: (item: Item) => ({ 'data-testid': `children-select-${item.id}` }) as object,
            },
          }
        : {})}
      columns={[
        { title: t('workplan.item.number'), dataIndex: 'number', width: 80 },
        {
          title: t('workplan.item.titleCol'),
          dataIndex: 'title',
          render: (title: string, item) => (
            <Link to={`/app/workplan/items/${item.id}`} data-testid={`item-link-${item.id}`}>
              {title}
            </Link>
          ),
        },
        {
          title: t('workplan.item.leadUnits'),
          key: 'units',
          render: (_, item) =>
            item.units
              .filter((u) => u.role === 'lead')
              .map((u) => u.orgName)
              .join('、'),
        },
        { title: t('workplan.item.deadline'), dataIndex: 'deadline', width: 120 },
        {
          title: t('workplan.item.status'),
          dataIndex: 'status',
          width: 110,
          render: (_, item) => <StatusTag status={item.status} />,
        },
      ]}
    />
  );
}
