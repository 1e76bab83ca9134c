import type { RadiationPointSchema } from '@ecocloud/contracts';
import { useQuery } from '@tanstack/react-query';
import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { http } from '../../../lib/http';
import { formatInstant } from '../../../ui/format-time';

type RadiationPoint = z.infer<typeof RadiationPointSchema>;

const STATUS_COLOURS: Record<RadiationPoint['status'], string> = {
  normal: 'success',
  above_background: 'warning',
  investigation: 'error',
  no_data: 'default',
};

/** Radiation stations: latest ambient dose rate against the station's own background range, with the server's status. */
export function RadiationTab() {
  const { t } = useTranslation();
  const radiation = useQuery({
    queryKey: ['assessment', 'radiation'],
    queryFn: () => http<{ items: RadiationPoint[] }>('/api/v1/assessment/radiation'),
  });
  const columns: ColumnsType<RadiationPoint> = [
    {
      title: t('assessment.media.radiation.station'),
      dataIndex: 'name',
      render: (name: string, r) => (
        <>
          {name}{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.code}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('assessment.media.radiation.latest'),
      dataIndex: 'doseRate',
      render: (v: number | null) => (v === null ? '—' : v.toFixed(1)),
    },
    {
      title: t('assessment.media.radiation.at'),
      dataIndex: 'latestAt',
      render: (at: string | null) => (at === null ? '—' : formatInstant(at).slice(0, 16)),
    },
    {
      title: t('assessment.media.radiation.background'),
      key: 'background',
      render: (_, r) =>
        r.backgroundMin === null && r.backgroundMax === null
          ? '—'
          : `${r.backgroundMin ?? '—'} – ${r.backgroundMax ?? '—'}`,
    },
    {
      title: t('assessment.media.radiation.status'),
      dataIndex: 'status',
      render: (s: RadiationPoint['status'], r) => (
        <Tag data-testid={`radiation-status-${r.code}`} data-status={s} color={STATUS_COLOURS[s]}>
          {t(`assessment.media.radiation.statuses.${s}`)}
        </Tag>
      ),
    },
  ];
  return (
    <>
      <Table<RadiationPoint>
        data-testid="radiation-table"
        rowKey="code"
        size="small"
        loading={radiation.isFetching}
        columns={columns}
        dataSource={radiation.data?.items ?? []}
        pagination={false}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('assessment.media.radiation.note')}
      </Typography.Paragraph>
    </>
  );
}
