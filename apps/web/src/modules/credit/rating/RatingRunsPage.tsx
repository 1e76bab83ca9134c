import type { RatingRunView } from '@ecocloud/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import { createRun, fetchRuns } from './api';
import { LevelTag } from './levels';

/** /app/credit/ratings — the yearly rating runs in reach with their level counts; credit:write drafts a year. */
export function RatingRunsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ year: number; objectionDays: number }>();
  const runs = useQuery({ queryKey: ['credit', 'runs'], queryFn: fetchRuns });
  const create = useMutation({
    mutationFn: createRun,
    onSuccess: async (run) => {
      await client.invalidateQueries({ queryKey: ['credit', 'runs'] });
      setOpen(false);
      void navigate(`/app/credit/ratings/${run.id}`);
    },
  });
  return (
    <>
      <PageHeader
        title={t('creditRating.runs.title')}
        extra={
          hasPermission(me, 'credit:write') ? (
            <Button type="primary" onClick={() => setOpen(true)} data-testid="run-create">
              {t('creditRating.runs.create')}
            </Button>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary">{t('creditRating.runs.intro')}</Typography.Paragraph>
      <Card>
        <Table<RatingRunView>
          rowKey="id"
          loading={runs.isFetching}
          dataSource={runs.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('creditRating.runs.empty') }}
          columns={[
            {
              title: t('creditRating.runs.year'),
              key: 'year',
              render: (_, r) => (
                <Link to={`/app/credit/ratings/${r.id}`} data-testid={`run-link-${r.year}`}>
                  {t('creditRating.runs.yearText', { year: r.year })}
                </Link>
              ),
            },
            { title: t('creditRating.runs.region'), dataIndex: 'regionCode' },
            {
              title: t('creditRating.runs.status'),
              key: 'status',
              render: (_, r) => <Tag>{t(`creditRating.status.${r.status}`)}</Tag>,
            },
            {
              title: t('creditRating.runs.counts'),
              key: 'counts',
              render: (_, r) => (
                <Space size={4} wrap>
                  {(['green', 'blue', 'yellow', 'red'] as const).map((l) => (
                    <span key={l}>
                      <LevelTag level={l} t={t} />
                      {r.counts[l]}
                    </span>
                  ))}
                </Space>
              ),
            },
            { title: t('creditRating.runs.objections'), dataIndex: 'openObjections' },
            { title: t('creditRating.runs.publishedOn'), key: 'published', render: (_, r) => r.publishedOn ?? '—' },
          ]}
        />
      </Card>
      <Modal
        open={open}
        title={t('creditRating.runs.create')}
        okText={t('creditRating.runs.createOk')}
        confirmLoading={create.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then((v) => create.mutate(v))}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ year: new Date().getFullYear() - 1, objectionDays: 10 }}>
          <Form.Item name="year" label={t('creditRating.runs.year')} rules={[{ required: true }]}>
            <InputNumber min={2014} max={2100} data-testid="run-year" />
          </Form.Item>
          <Form.Item
            name="objectionDays"
            label={t('creditRating.runs.objectionDays')}
            extra={t('creditRating.unverified')}
          >
            <InputNumber min={1} max={60} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
