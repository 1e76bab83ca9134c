import type { DueItem } from '@ecocloud/contracts';
import { Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DUE_STATE_COLORS, label, periodText } from '../labels';

type Row = DueItem & { key: string };

/**
 * What falls due, soonest first: the item, its due date, the days left (overdue in red), its state
 * colour and the rule it comes from (citation, days and day kind).
 */
export function DueTable({
  items,
  loading,
  showEnterprise = true,
}: {
  items: DueItem[];
  loading?: boolean;
  showEnterprise?: boolean;
}) {
  const { t } = useTranslation();
  const rows: Row[] = [...items]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map((d) => ({ ...d, key: `${d.permitId}-${d.kind}-${d.periodKey ?? ''}-${d.dueDate}` }));
  return (
    <Table<Row>
      size="small"
      data-testid="due-table"
      loading={loading}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20 } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('sources.due.none') }}
      columns={[
        ...(showEnterprise
          ? [
              {
                key: 'enterprise',
                title: t('sources.due.enterprise'),
                render: (_: unknown, d: Row) => (
                  <Link to={`/app/sources/enterprises/${encodeURIComponent(d.enterpriseId)}`}>{d.enterpriseName}</Link>
                ),
              },
            ]
          : []),
        {
          key: 'permit',
          title: t('sources.field.permitNo'),
          render: (_, d) => <span translate="no">{d.permitNo}</span>,
        },
        {
          key: 'kind',
          title: t('sources.due.kind'),
          render: (_, d) => (
            <span data-testid={`due-${d.kind}`}>
              {label('dueKinds', d.kind, t)}
              {d.periodKey ? `（${periodText(d.periodKey, t)}）` : ''}
            </span>
          ),
        },
        {
          key: 'dueDate',
          title: t('sources.due.dueDate'),
          sorter: (a, b) => a.dueDate.localeCompare(b.dueDate),
          defaultSortOrder: 'ascend',
          render: (_, d) => d.dueDate,
        },
        {
          key: 'daysLeft',
          title: t('sources.due.daysLeft'),
          sorter: (a, b) => a.daysLeft - b.daysLeft,
          render: (_, d) =>
            d.daysLeft < 0 ? (
              <span style={{ color: '#cf1322' }}>{t('sources.due.overdueDays', { days: -d.daysLeft })}</span>
            ) : (
              t('sources.file.daysLeft', { days: d.daysLeft })
            ),
        },
        {
          key: 'state',
          title: t('sources.field.state'),
          render: (_, d) => <Tag color={DUE_STATE_COLORS[d.state]}>{label('dueStates', d.state, t)}</Tag>,
        },
        {
          key: 'rule',
          title: t('sources.due.rule'),
          render: (_, d) => (
            <Tooltip title={`${d.rule.days} ${label('dayKinds', d.rule.dayKind, t)}`}>
              <span>
                {d.rule.citation}（{d.rule.days} {label('dayKinds', d.rule.dayKind, t)}）
              </span>
            </Tooltip>
          ),
        },
      ]}
    />
  );
}
