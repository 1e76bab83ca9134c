import type { ExecutionReport } from '@ecocloud/contracts';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatInstant } from '../../../ui/format-time';
import { label, periodText, REPORT_STATE_COLORS } from '../labels';

type Row = ExecutionReport & { key: string };

/** Execution reports per permit and period with their state (on time, late, missing, folded …). */
export function ReportsTable({
  reports,
  loading,
  showEnterprise = true,
}: {
  reports: ExecutionReport[];
  loading?: boolean;
  showEnterprise?: boolean;
}) {
  const { t } = useTranslation();
  const rows: Row[] = reports.map((r) => ({ ...r, key: `${r.permitId}-${r.frequency}-${r.periodKey}` }));
  return (
    <Table<Row>
      size="small"
      data-testid="reports-table"
      loading={loading}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20 } : false}
      scroll={{ x: 'max-content' }}
      columns={[
        ...(showEnterprise
          ? [
              {
                key: 'enterprise',
                title: t('sources.due.enterprise'),
                render: (_: unknown, r: Row) => (
                  <Link to={`/app/sources/enterprises/${encodeURIComponent(r.enterpriseId)}`}>{r.enterpriseName}</Link>
                ),
              },
            ]
          : []),
        {
          key: 'permit',
          title: t('sources.field.permitNo'),
          render: (_, r) => <span translate="no">{r.permitNo}</span>,
        },
        {
          key: 'frequency',
          title: t('sources.reports.frequency'),
          render: (_, r) => label('frequencies', r.frequency, t),
        },
        { key: 'period', title: t('sources.reports.period'), render: (_, r) => periodText(r.periodKey, t) },
        {
          key: 'dueDate',
          title: t('sources.reports.dueDate'),
          sorter: (a, b) => a.dueDate.localeCompare(b.dueDate),
          render: (_, r) => r.dueDate,
        },
        {
          key: 'submittedAt',
          title: t('sources.reports.submittedAt'),
          render: (_, r) => (r.submittedAt ? formatInstant(r.submittedAt) : t('common.none')),
        },
        {
          key: 'state',
          title: t('sources.field.state'),
          render: (_, r) => (
            <Tag color={REPORT_STATE_COLORS[r.state]} data-testid={`report-state-${r.periodKey}`}>
              {r.state === 'folded' && r.foldedInto
                ? t('sources.reports.foldedInto', { period: periodText(r.foldedInto, t) })
                : label('reportStates', r.state, t)}
            </Tag>
          ),
        },
      ]}
    />
  );
}
