import { DownloadOutlined } from '@ant-design/icons';
import type { EnforcementStatsRow } from '@ecocloud/contracts';
import { Button, Card, Input, Segmented, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { useRegionOptions } from '../../compliance/hooks/useRegionOptions';
import { useEnforcementStats } from '../hooks/useEnforcementViews';
import { yuanText } from '../labels';
import { saveText, statsCsv } from '../stats-csv';
import { shanghaiToday } from '../today';

type GroupBy = 'org' | 'region';

/**
 * /app/enforcement/stats — 执法统计: per handling unit or city over a range of days (this year by
 * default), with the total row; the table downloads as CSV for Excel.
 */
export function EnforcementStatsPage() {
  const { t } = useTranslation();
  const today = shanghaiToday();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [groupBy, setGroupBy] = useState<GroupBy>('org');
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const regions = useRegionOptions();
  // A reversed range is not sent (the server would refuse it): the last valid answer stays.
  const valid = Boolean(from && to && from <= to);
  const stats = useEnforcementStats({ from, to, groupBy, regionCode }, valid);
  const k = (key: string, values?: Record<string, unknown>) => t(`enforcement.stats.${key}`, values ?? {});
  const count = (key: keyof EnforcementStatsRow, title: string) => ({
    title,
    dataIndex: key,
    align: 'right' as const,
    render: (v: number, r: EnforcementStatsRow) => <span data-testid={`stats-${r.key}-${key}`}>{v}</span>,
  });
  const columns: ColumnsType<EnforcementStatsRow> = [
    {
      title: groupBy === 'org' ? k('unit') : k('city'),
      dataIndex: 'name',
      render: (v: string, r) => (r.key === 'total' ? k('total') : v),
    },
    count('cases', k('cases')),
    count('opened', k('opened')),
    count('filed', k('filed')),
    count('decided', k('decided')),
    {
      title: k('fines'),
      dataIndex: 'finesYuan',
      align: 'right',
      render: (v: number, r) => <span data-testid={`stats-${r.key}-finesYuan`}>{yuanText(v, t)}</span>,
    },
    {
      title: k('avgDays'),
      dataIndex: 'avgDaysToDecision',
      align: 'right',
      render: (v: number | null, r) => (
        <span data-testid={`stats-${r.key}-avgDaysToDecision`}>
          {v === null ? t('common.none') : k('days', { days: v })}
        </span>
      ),
    },
    {
      title: k('onTimeRate'),
      dataIndex: 'onTimeRate',
      align: 'right',
      render: (v: number | null, r) => (
        <span data-testid={`stats-${r.key}-onTimeRate`}>{v === null ? t('common.none') : `${Math.min(v, 100)}%`}</span>
      ),
    },
    count('overdueClocks', k('overdueClocks')),
    count('overduePayments', k('overduePayments')),
  ];
  const data = stats.data;
  return (
    <>
      <PageHeader
        title={k('title')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            disabled={!data}
            onClick={() =>
              data &&
              saveText(statsCsv(data.rows, data.total, groupBy, t), `${k('fileName')}_${data.from}_${data.to}.csv`)
            }
            data-testid="stats-export"
          >
            {t('dict.exportCsv')}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">{k('intro')}</Typography.Paragraph>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <span>{k('from')}</span>
          <Input
            type="date"
            value={from}
            max={to}
            onChange={(e) => setFrom(e.target.value)}
            data-testid="stats-from"
            style={{ width: 160 }}
          />
          <span>{k('to')}</span>
          <Input
            type="date"
            value={to}
            min={from}
            onChange={(e) => setTo(e.target.value)}
            data-testid="stats-to"
            style={{ width: 160 }}
          />
          <Segmented<GroupBy>
            value={groupBy}
            onChange={setGroupBy}
            options={[
              { value: 'org', label: <span data-testid="stats-group-org">{k('byOrg')}</span> },
              { value: 'region', label: <span data-testid="stats-group-region">{k('byRegion')}</span> },
            ]}
          />
          <Select
            data-testid="stats-region"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={k('region')}
            style={{ width: 160 }}
            value={regionCode}
            onChange={(v?: string) => setRegionCode(v)}
            options={regions}
          />
        </Space>
        {data ? (
          <Typography.Paragraph type="secondary" data-testid="stats-range">
            {k('asOf', { from: data.from, to: data.to, asOf: data.asOf })}
          </Typography.Paragraph>
        ) : null}
        <Table<EnforcementStatsRow>
          rowKey="key"
          size="middle"
          loading={stats.isFetching}
          dataSource={data?.rows ?? []}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: k('empty') }}
          data-testid="stats-table"
          summary={() =>
            data ? (
              <Table.Summary fixed>
                <Table.Summary.Row data-testid="stats-total">
                  {columns.map((c, i) => {
                    const key = (c as { dataIndex: keyof EnforcementStatsRow }).dataIndex;
                    const value = data.total[key] as never;
                    return (
                      <Table.Summary.Cell key={i} index={i} align={i ? 'right' : 'left'}>
                        <strong>{c.render ? (c.render(value, data.total, i) as ReactNode) : value}</strong>
                      </Table.Summary.Cell>
                    );
                  })}
                </Table.Summary.Row>
              </Table.Summary>
            ) : null
          }
        />
      </Card>
    </>
  );
}
