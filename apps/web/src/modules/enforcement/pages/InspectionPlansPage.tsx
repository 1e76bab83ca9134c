import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import { CreatePlanModal, planPath } from '../components/CreatePlanModal';
import { usePlans } from '../hooks/useInspections';
import { publishedText } from '../inspection-labels';
import type { PlanSummary } from '../inspections-api';

/**
 * /app/enforcement/inspections — the random-inspection plans (双随机) in the user's reach, newest first;
 * enforcement:plan draws a new one.
 */
export function InspectionPlansPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [creating, setCreating] = useState(false);
  const plans = usePlans();
  return (
    <>
      <PageHeader
        title={t('enforcement.inspections.title')}
        extra={
          <Space>
            <Link to="/app/enforcement/inspection-library">{t('enforcement.inspections.libraryLink')}</Link>
            {hasPermission(me, 'enforcement:plan') ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="plan-create"
              >
                {t('enforcement.inspections.create')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Typography.Paragraph type="secondary">{t('enforcement.inspections.intro')}</Typography.Paragraph>
      <Card>
        <Table<PlanSummary>
          rowKey="id"
          loading={plans.isFetching}
          dataSource={plans.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('enforcement.inspections.empty') }}
          data-testid="plans-table"
          columns={[
            {
              title: t('enforcement.inspections.period'),
              key: 'period',
              render: (_, p) => (
                <Link to={planPath(p.id)} data-testid={`plan-link-${p.id}`}>
                  {p.period}
                </Link>
              ),
            },
            { title: t('enforcement.inspections.authority'), dataIndex: 'orgName' },
            { title: t('enforcement.inspections.region'), dataIndex: 'regionCode' },
            { title: t('enforcement.inspections.inspectionDate'), dataIndex: 'inspectionDate' },
            {
              title: t('enforcement.inspections.counts'),
              key: 'counts',
              render: (_, p) => t('enforcement.inspections.objectCount', { count: p.objectCount }),
            },
            {
              title: t('enforcement.inspections.published'),
              key: 'published',
              render: (_, p) => (
                <Tag color={p.publishedAt ? 'success' : 'default'} data-testid={`plan-published-${p.id}`}>
                  {publishedText(p, t)}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
      <CreatePlanModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
