import type { ComplianceStatsRow } from '@ecocloud/contracts';
import { Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { percentText, tonnesText } from '../labels';

type Props = { rows: ComplianceStatsRow[]; groupBy: 'enterprise' | 'region'; loading: boolean };

const byNumber =
  (pick: (r: ComplianceStatsRow) => number | null) =>
  (a: ComplianceStatsRow, b: ComplianceStatsRow): number =>
    (pick(a) ?? -1) - (pick(b) ?? -1);

/** Per enterprise or per region: valid-hour and transmission rates (%), exceedance hours, emitted tonnes, open leads. */
export function StatsTable({ rows, groupBy, loading }: Props) {
  const { t } = useTranslation();
  return (
    <Table<ComplianceStatsRow>
      data-testid="stats-table"
      rowKey="key"
      size="middle"
      loading={loading}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      pagination={rows.length > 50 ? { pageSize: 50 } : false}
      locale={{ emptyText: <Empty data-testid="stats-empty" description={t('compliance.stats.empty')} /> }}
      columns={[
        {
          key: 'name',
          title: t('compliance.stats.name'),
          render: (_, r) =>
            groupBy === 'enterprise' ? (
              <Link to={`/app/sources/enterprises/${encodeURIComponent(r.key)}`}>{r.name}</Link>
            ) : (
              r.name
            ),
        },
        {
          key: 'outlets',
          title: t('compliance.stats.outlets'),
          dataIndex: 'outlets',
          sorter: byNumber((r) => r.outlets),
        },
        {
          key: 'validHourRate',
          title: t('compliance.stats.validHourRate'),
          sorter: byNumber((r) => r.validHourRate),
          render: (_, r) => percentText(r.validHourRate, t),
        },
        {
          key: 'transmissionRate',
          title: t('compliance.stats.transmissionRate'),
          sorter: byNumber((r) => r.transmissionRate),
          render: (_, r) => percentText(r.transmissionRate, t),
        },
        {
          key: 'effectiveTransmissionRate',
          title: t('compliance.stats.effectiveTransmissionRate'),
          sorter: byNumber((r) => r.effectiveTransmissionRate),
          render: (_, r) => percentText(r.effectiveTransmissionRate, t),
        },
        {
          key: 'exceedanceHours',
          title: t('compliance.stats.exceedanceHours'),
          dataIndex: 'exceedanceHours',
          sorter: byNumber((r) => r.exceedanceHours),
        },
        {
          key: 'amount',
          title: t('compliance.stats.amount'),
          sorter: byNumber((r) => r.amountKg),
          render: (_, r) => tonnesText(r.amountKg, t),
        },
        {
          key: 'openLeads',
          title: t('compliance.stats.openLeads'),
          dataIndex: 'openLeads',
          sorter: byNumber((r) => r.openLeads),
        },
      ]}
    />
  );
}
