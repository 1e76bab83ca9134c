import type { PublicRectification } from '@ecocloud/contracts';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../rectification';
import { fetchPublicRectification } from '../api';

type Row = PublicRectification['problems'][number];

/** /portal/rectification — the published inspection batches with their progress, and their public problems. */
export function PortalRectificationPage() {
  const { t } = useTranslation();
  const data = useQuery({ queryKey: ['portal', 'rectification'], queryFn: fetchPublicRectification });
  const r = (key: string) => t(`rectification.portal.${key}`);
  const batches = data.data?.batches ?? [];
  return (
    <Card data-testid="portal-rectification">
      <Typography.Title level={3}>{r('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{r('intro')}</Typography.Paragraph>
      {!data.isPending && batches.length === 0 ? <Empty description={r('empty')} /> : null}
      {batches.map((b) => (
        <Card key={b.id} size="small" style={{ marginBottom: 16 }} title={b.name} data-testid={`portal-batch-${b.id}`}>
          <Typography.Paragraph>
            {t(`rectification.kinds.${b.kind}`)} · {b.feedbackDate} · {t('rectification.batches.total')} {b.total} ·{' '}
            {r('done')} {b.done} · {r('closed')} {b.closed}
          </Typography.Paragraph>
          <Progress percent={b.total ? Math.round((b.done / b.total) * 100) : 0} />
          <Table<Row>
            rowKey={(p) => `${p.batchId}-${p.itemNo}`}
            size="small"
            dataSource={data.data?.problems.filter((p) => p.batchId === b.id) ?? []}
            pagination={{ pageSize: 10 }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('rectification.problems.itemNo'), dataIndex: 'itemNo' },
              { title: t('rectification.problems.problem'), dataIndex: 'problem' },
              { title: t('rectification.problems.region'), dataIndex: 'regionName' },
              { title: t('rectification.problems.leadOrg'), dataIndex: 'leadOrgName' },
              { title: t('rectification.problems.deadline'), dataIndex: 'deadline' },
              {
                title: t('rectification.problems.status'),
                key: 'status',
                render: (_, p) => <StatusTag status={p.status} />,
              },
              {
                title: r('notice'),
                key: 'notice',
                render: (_, p) => (p.notice ? `${p.notice.from} — ${p.notice.to}` : '—'),
              },
            ]}
          />
        </Card>
      ))}
    </Card>
  );
}
