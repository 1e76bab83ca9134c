import type { ComplaintStats } from '@ecocloud/contracts';
import { Card, DatePicker, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { useComplaintStats } from '../hooks/useComplaints';

type Row = ComplaintStats['rows'][number];
const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

/** /app/complaints/stats — per handling unit: intake, answers on time, days to answer, satisfaction; repeat enterprises. */
export function ComplaintStatsPage() {
  const { t } = useTranslation();
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const stats = useComplaintStats(range);
  const rows = stats.data ? [...stats.data.rows, { ...stats.data.total, name: t('complaints.stats.total') }] : [];
  return (
    <>
      <PageHeader title={t('complaints.stats.title')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          onChange={(v) =>
            setRange(
              v?.[0] && v[1]
                ? { from: (v[0] as Dayjs).format('YYYY-MM-DD'), to: (v[1] as Dayjs).format('YYYY-MM-DD') }
                : {},
            )
          }
        />
      </Card>
      <Card style={{ marginBottom: 16 }}>
        <Table<Row>
          size="small"
          rowKey="key"
          loading={stats.isFetching}
          pagination={false}
          dataSource={rows}
          data-testid="complaint-stats"
          columns={[
            { title: t('complaints.stats.org'), dataIndex: 'name' },
            { title: t('complaints.stats.received'), dataIndex: 'received' },
            { title: t('complaints.stats.answered'), dataIndex: 'answered' },
            { title: t('complaints.stats.onTime'), dataIndex: 'answeredOnTime' },
            { title: t('complaints.stats.onTimeRate'), dataIndex: 'onTimeRate', render: pct },
            {
              title: t('complaints.stats.avgDays'),
              dataIndex: 'avgDaysToAnswer',
              render: (v: number | null) => v ?? '—',
            },
            { title: t('complaints.stats.rated'), dataIndex: 'rated' },
            { title: t('complaints.stats.satisfactionRate'), dataIndex: 'satisfactionRate', render: pct },
            { title: t('complaints.stats.overdueOpen'), dataIndex: 'overdueOpen' },
          ]}
        />
      </Card>
      <Card title={t('complaints.stats.repeat')}>
        <Table
          size="small"
          rowKey="enterpriseId"
          pagination={false}
          dataSource={stats.data?.repeatEnterprises ?? []}
          columns={[
            { title: t('complaints.detail.enterprise'), dataIndex: 'name' },
            { title: t('complaints.stats.substantiated'), dataIndex: 'substantiated' },
            {
              title: '',
              dataIndex: 'specialSupervision',
              render: (s: boolean) => (s ? <Tag color="red">{t('complaints.stats.special')}</Tag> : null),
            },
          ]}
        />
      </Card>
    </>
  );
}
