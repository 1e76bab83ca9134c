import { PROBLEM_STATUSES, type Batch } from '@ecocloud/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import { ComplaintBatchLink } from '../components/ComplaintBatchLink';
import { CreateBatchModal } from '../components/CreateBatchModal';
import { StatusTag } from '../components/StatusTag';
import { useBatches } from '../hooks/useRectification';

/**
 * /app/rectification — the inspection batches, each with its problems (in the user's scope) per status and its
 * handed-over complaint batch as the complaints module counts it.
 */
export function BatchesPage() {
  const { t } = useTranslation();
  const batches = useBatches();
  const { me } = useSession();
  const [creating, setCreating] = useState(false);
  const b = (key: string) => t(`rectification.batches.${key}`);
  // Batches are the department's (a province-wide scope); the server refuses others anyway.
  const canCreate = hasPermission(me, 'rectification:write') && me?.scope === 'all';
  return (
    <>
      <PageHeader
        title={b('title')}
        extra={
          canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="batch-create">
              {b('create')}
            </Button>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary">{b('intro')}</Typography.Paragraph>
      <Card>
        <Table<Batch>
          rowKey="id"
          loading={batches.isFetching}
          dataSource={batches.data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: b('name'),
              key: 'name',
              render: (_, r) => (
                <Link
                  to={`/app/rectification/problems?batchId=${encodeURIComponent(r.id)}`}
                  data-testid={`batch-${r.id}`}
                >
                  {r.name}
                </Link>
              ),
            },
            { title: b('kind'), key: 'kind', render: (_, r) => t(`rectification.kinds.${r.kind}`) },
            { title: b('round'), dataIndex: 'round' },
            { title: b('feedbackDate'), dataIndex: 'feedbackDate' },
            { title: b('total'), dataIndex: 'total' },
            {
              title: t('rectification.problems.status'),
              key: 'counts',
              render: (_, r) => (
                <Space size={[4, 4]} wrap data-testid={`batch-counts-${r.id}`}>
                  {PROBLEM_STATUSES.filter((s) => r.counts[s]).map((s) => (
                    <span key={s}>
                      <StatusTag status={s} /> {r.counts[s]}
                    </span>
                  ))}
                </Space>
              ),
            },
            {
              title: b('complaints'),
              key: 'complaints',
              render: (_, r) =>
                r.complaintBatch ? (
                  <ComplaintBatchLink batch={r.complaintBatch} testId={`batch-complaints-${r.id}`} />
                ) : (
                  '—'
                ),
            },
            {
              title: b('isPublic'),
              key: 'isPublic',
              render: (_, r) => (r.isPublic ? <Tag color="green">{t('common.yes')}</Tag> : t('common.no')),
            },
          ]}
        />
      </Card>
      <CreateBatchModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
