import type { NoisePointSchema } from '@ecocloud/contracts';
import { useQuery } from '@tanstack/react-query';
import { Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { http } from '../../../lib/http';
import { summariseNoise, type NoiseSummary } from './noise-summary';

type NoiseDay = z.infer<typeof NoisePointSchema>;

/** "57.3 / 60" with the mean in red when it is above the limit. */
function LeqVsLimit({ leq, limit, testId }: { leq: number | null; limit: number | null; testId: string }) {
  if (leq === null) return <span data-testid={testId}>—</span>;
  const isOver = limit !== null && leq > limit;
  return (
    <span data-testid={testId}>
      <Typography.Text type={isOver ? 'danger' : undefined} strong={isOver}>
        {leq.toFixed(1)}
      </Typography.Text>
      {` / ${limit ?? '—'}`}
    </span>
  );
}

/**
 * Noise points over a period: zone, energy-mean day and night Leq against the GB 3096 limits, and
 * compliance tags counting the days the server judged over the limit.
 */
export function NoisePointsTab({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const noise = useQuery({
    queryKey: ['assessment', 'noise', from, to],
    queryFn: () => http<{ items: NoiseDay[] }>('/api/v1/assessment/noise', { query: { from, to } }),
  });
  const rows = summariseNoise(noise.data?.items ?? []);
  const columns: ColumnsType<NoiseSummary> = [
    {
      title: t('assessment.media.noise.point'),
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
      title: t('assessment.media.noise.zone'),
      dataIndex: 'zone',
      render: (z: string | null) => (z === null ? '—' : t(`assessment.media.noise.zones.${z}`)),
    },
    { title: t('assessment.media.noise.days'), dataIndex: 'days' },
    {
      title: t('assessment.media.noise.day'),
      key: 'day',
      render: (_, r) => <LeqVsLimit leq={r.dayLeq} limit={r.dayLimit} testId={`noise-day-${r.code}`} />,
    },
    {
      title: t('assessment.media.noise.night'),
      key: 'night',
      render: (_, r) => <LeqVsLimit leq={r.nightLeq} limit={r.nightLimit} testId={`noise-night-${r.code}`} />,
    },
    {
      title: t('assessment.media.noise.compliance'),
      key: 'compliance',
      render: (_, r) => (
        <Space wrap size={4} data-testid={`noise-compliance-${r.code}`}>
          {r.dayOver === 0 ? (
            <Tag color="success">{t('assessment.media.noise.dayOk')}</Tag>
          ) : (
            <Tag color="error">{t('assessment.media.noise.dayOver', { count: r.dayOver })}</Tag>
          )}
          {r.nightOver === 0 ? (
            <Tag color="success">{t('assessment.media.noise.nightOk')}</Tag>
          ) : (
            <Tag color="error">{t('assessment.media.noise.nightOver', { count: r.nightOver })}</Tag>
          )}
        </Space>
      ),
    },
    {
      title: t('assessment.media.noise.latest'),
      key: 'latest',
      render: (_, r) => (r.latest ? `${r.latest.date}: ${r.latest.dayLeq ?? '—'} / ${r.latest.nightLeq ?? '—'}` : '—'),
    },
  ];
  return (
    <>
      <Table<NoiseSummary>
        data-testid="noise-table"
        rowKey="code"
        size="small"
        loading={noise.isFetching}
        columns={columns}
        dataSource={rows}
        pagination={false}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('assessment.media.noise.meanNote')}. {t('assessment.media.standardLine', { standard: 'GB 3096-2008' })}
      </Typography.Paragraph>
    </>
  );
}
