import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { UnitDuty } from '../types';
import { StatusTag } from './StatusTag';

const DUE_COLORS = { ok: 'default', due_soon: 'warning', overdue: 'error' } as const;

/** What a unit owes: its items, its role in each, and the nearest due date (report, notice reply or deadline). */
export function UnitDutiesTable({ duties, loading }: { duties: readonly UnitDuty[]; loading: boolean }) {
  const { t } = useTranslation();
  const sorted = [...duties].sort((a, b) => (a.nextDue ?? '9999').localeCompare(b.nextDue ?? '9999'));
  return (
    <Table<UnitDuty>
      data-testid="unit-duties-table"
      size="small"
      rowKey="itemId"
      loading={loading}
      pagination={false}
      dataSource={sorted}
      columns={[
        {
          title: t('workplan.item.titleCol'),
          dataIndex: 'title',
          render: (title: string, d) => (
            <Link to={`/app/workplan/items/${d.itemId}`} data-testid={`duty-link-${d.itemId}`}>
              {title}
            </Link>
          ),
        },
        {
          title: t('workplan.unit.role'),
          dataIndex: 'role',
          width: 80,
          render: (r: UnitDuty['role']) => t(`workplan.roles.${r}`),
        },
        {
          title: t('workplan.item.status'),
          dataIndex: 'status',
          width: 110,
          render: (_, d) => <StatusTag status={d.status} testId={`duty-status-${d.itemId}`} />,
        },
        { title: t('workplan.item.deadline'), dataIndex: 'deadline', width: 120 },
        { title: t('workplan.unit.nextDue'), dataIndex: 'nextDue', width: 120 },
        {
          title: t('workplan.unit.dueState'),
          dataIndex: 'dueState',
          width: 110,
          render: (s: UnitDuty['dueState']) =>
            s ? <Tag color={DUE_COLORS[s]}>{t(`workplan.dueStates.${s}`)}</Tag> : null,
        },
      ]}
    />
  );
}
