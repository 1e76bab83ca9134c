import type { RatingView } from '@ecocloud/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Popconfirm, Space, Steps, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import { fetchRun, stepRun, type RunStep } from './api';
import { LevelTag } from './levels';

const ORDER = ['draft', 'objections', 'review', 'published'] as const;

/** /app/credit/ratings/:id — a run: its steps (draft → objections → review → published) and the ratings in reach. */
export function RatingRunPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useSession();
  const client = useQueryClient();
  const run = useQuery({ queryKey: ['credit', 'run', id], queryFn: () => fetchRun(id) });
  const step = useMutation({
    mutationFn: (s: RunStep) => stepRun(id, s),
    onSuccess: (r) => {
      client.setQueryData(['credit', 'run', id], r);
      void client.invalidateQueries({ queryKey: ['credit', 'runs'] });
    },
  });
  const r = run.data;
  const next: { step: RunStep; permission: 'credit:write' | 'credit:review' } | null =
    r?.status === 'draft'
      ? { step: 'open-objections', permission: 'credit:write' }
      : r?.status === 'objections'
        ? { step: 'review', permission: 'credit:review' }
        : r?.status === 'review'
          ? { step: 'publish', permission: 'credit:review' }
          : null;
  return (
    <>
      <PageHeader
        title={r ? t('creditRating.run.title', { year: r.year, region: r.regionCode }) : t('creditRating.runs.title')}
        extra={
          next && hasPermission(me, next.permission) ? (
            <Popconfirm title={t(`creditRating.run.confirm.${next.step}`)} onConfirm={() => step.mutate(next.step)}>
              <Button type="primary" loading={step.isPending} data-testid={`run-step-${next.step}`}>
                {t(`creditRating.run.step.${next.step}`)}
              </Button>
            </Popconfirm>
          ) : null
        }
      />
      {r ? (
        <Space direction="vertical" style={{ width: '100%' }} size={16}>
          <Card>
            <Steps
              current={ORDER.indexOf(r.status)}
              items={ORDER.map((s) => ({ title: t(`creditRating.status.${s}`) }))}
              data-testid="run-steps"
            />
            <Descriptions size="small" style={{ marginTop: 16 }} column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('creditRating.run.scheme')}>{r.schemeVersion}</Descriptions.Item>
              <Descriptions.Item label={t('creditRating.run.window')}>
                {r.objectionsFrom
                  ? `${r.objectionsFrom} ~ ${r.objectionsUntil}`
                  : t('creditRating.run.windowDays', { days: r.objectionDays })}
              </Descriptions.Item>
              <Descriptions.Item label={t('creditRating.runs.publishedOn')}>{r.publishedOn ?? '—'}</Descriptions.Item>
            </Descriptions>
            {r.openObjections > 0 ? (
              <Alert
                type="warning"
                showIcon
                message={t('creditRating.run.openObjections', { count: r.openObjections })}
              />
            ) : null}
          </Card>
          <Card>
            <Table<RatingView>
              rowKey="id"
              dataSource={r.ratings}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              data-testid="ratings-table"
              columns={[
                {
                  title: t('creditRating.enterprise'),
                  key: 'name',
                  render: (_, x) => (
                    <Link to={`/app/credit/rating/${x.id}`} data-testid={`rating-link-${x.uscc}`}>
                      {x.enterpriseName}
                    </Link>
                  ),
                },
                { title: t('creditRating.uscc'), dataIndex: 'uscc' },
                { title: t('creditRating.total'), dataIndex: 'total' },
                {
                  title: t('creditRating.level'),
                  key: 'level',
                  render: (_, x) => (
                    <Space size={4}>
                      <LevelTag level={x.level} t={t} />
                      {x.vetoes.length > 0 ? <Tag color="red">{t('creditRating.veto')}</Tag> : null}
                      {x.jointPunishment ? <Tag color="volcano">{t('creditRating.joint')}</Tag> : null}
                    </Space>
                  ),
                },
                { title: t('creditRating.runs.objections'), dataIndex: 'openObjections' },
              ]}
            />
          </Card>
        </Space>
      ) : null}
    </>
  );
}
