import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Empty, Skeleton, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { methodText } from '../../enforcement';
import { fetchPublicInspectionPlans } from '../api';

/** /portal/inspections — each published random inspection: authority, period, seed, algorithm and the units. */
export function PortalInspectionsPage() {
  const { t } = useTranslation();
  const plans = useQuery({ queryKey: ['portal', 'inspection-plans'], queryFn: fetchPublicInspectionPlans });
  const items = plans.data?.items ?? [];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="portal-inspections">
      <Typography.Title level={3}>{t('enforcement.portal.inspections')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('enforcement.portal.inspectionsIntro')}</Typography.Paragraph>
      {plans.isPending ? <Skeleton active /> : null}
      {!plans.isPending && items.length === 0 ? <Empty description={t('enforcement.portal.emptyPlans')} /> : null}
      {items.map((p) => (
        <Card key={p.id} title={`${p.authority} ${p.period}`}>
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('enforcement.inspections.inspectionDate')}>
              {p.inspectionDate}
            </Descriptions.Item>
            <Descriptions.Item label={t('enforcement.portal.publishedOn')}>
              {p.publishedAt.slice(0, 10)}
            </Descriptions.Item>
            <Descriptions.Item label={t('enforcement.inspections.seed')}>
              <Typography.Text code>{p.seed}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('enforcement.inspections.algorithm')}>
              <Typography.Text code>{p.algorithm}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Table
            rowKey="uscc"
            size="small"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            dataSource={p.units}
            columns={[
              { title: t('enforcement.inspections.unit'), dataIndex: 'name' },
              { title: t('enforcement.inspections.uscc'), dataIndex: 'uscc' },
              {
                title: t('enforcement.inspections.method'),
                key: 'method',
                render: (_, u) => methodText(u.method, u.checks, t),
              },
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}
