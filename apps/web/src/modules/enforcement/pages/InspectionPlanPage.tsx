import type { InspectionPlan } from '@ecocloud/contracts';
import { Alert, App, Button, Card, Descriptions, Result, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import { caseErrorText } from '../error-text';
import { usePlan, usePublishPlan, useVerifyPlan } from '../hooks/useInspections';
import { LIBRARY_COLORS, libraryText, methodText, publishedText } from '../inspection-labels';
import { PlanRecordCell, usePlanRecords } from '../records/PlanRecordCell';
import { shanghaiToday } from '../today';

type DrawnUnit = NonNullable<InspectionPlan['objects']>[number];

/**
 * /app/enforcement/inspections/:id — one plan: the rates per library, and (once the caller may see it)
 * the seed, the algorithm and the drawn units with their check method and inspectors; before the
 * inspection date other users get the notice that the list is secret. Verify re-runs the draw on the
 * server; publish (after the date) puts the results on the portal.
 */
export function InspectionPlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { me } = useSession();
  const query = usePlan(id);
  const verify = useVerifyPlan(id);
  const publish = usePublishPlan(id);
  const { modal } = App.useApp();
  // Which drawn units have been inspected (检查记录), once the list may be seen.
  const records = usePlanRecords(id, Boolean(query.data?.objects));
  const back = (
    <Button onClick={() => void navigate('/app/enforcement/inspections')} data-testid="plan-back">
      {t('enforcement.inspections.back')}
    </Button>
  );
  if (query.isPending) return <Skeleton active />;
  const plan = query.data;
  if (!plan)
    return (
      <Result status="404" title={t('enforcement.inspections.notFound')} extra={back} data-testid="plan-not-found" />
    );
  const canPlan = hasPermission(me, 'enforcement:plan');
  const dateReached = shanghaiToday() >= plan.inspectionDate;
  const none = t('common.none');
  return (
    <div data-testid="plan-page">
      <PageHeader
        title={t('enforcement.inspections.planTitle', { period: plan.period })}
        extra={
          <Space wrap>
            {back}
            {canPlan && !plan.hidden ? (
              <Button onClick={() => verify.mutate()} loading={verify.isPending} data-testid="plan-verify">
                {t('enforcement.inspections.verify')}
              </Button>
            ) : null}
            {canPlan && !plan.publishedAt ? (
              <Button
                type="primary"
                disabled={!dateReached || plan.hidden}
                title={dateReached ? undefined : t('enforcement.inspections.publishAfterDate')}
                loading={publish.isPending}
                data-testid="plan-publish"
                onClick={() =>
                  void modal.confirm({
                    title: t('enforcement.inspections.publish'),
                    content: t('enforcement.inspections.publishConfirm'),
                    okText: t('enforcement.inspections.publish'),
                    cancelText: t('common.cancel'),
                    onOk: () => publish.mutateAsync().catch(() => undefined),
                  })
                }
              >
                {t('enforcement.inspections.publish')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {verify.data ? (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type={verify.data.matches ? 'success' : 'error'}
          title={t(`enforcement.inspections.${verify.data.matches ? 'verifyMatches' : 'verifyDiffers'}`)}
          data-testid="plan-verify-result"
        />
      ) : null}
      {verify.error || publish.error ? (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type="error"
          title={caseErrorText(verify.error ?? publish.error, t)}
          data-testid="plan-error"
        />
      ) : null}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('enforcement.inspections.authority')}>{plan.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('enforcement.inspections.region')}>{plan.regionCode}</Descriptions.Item>
          <Descriptions.Item label={t('enforcement.inspections.inspectionDate')}>
            <span data-testid="plan-date">{plan.inspectionDate}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('enforcement.inspections.counts')}>
            {t('enforcement.inspections.objectCount', { count: plan.objectCount })}
          </Descriptions.Item>
          <Descriptions.Item label={t('enforcement.inspections.seed')}>
            <Typography.Text code data-testid="plan-seed">
              {plan.seed ?? none}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('enforcement.inspections.algorithm')}>
            <Typography.Text code data-testid="plan-algorithm">
              {plan.hidden ? none : plan.algorithm}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('enforcement.inspections.published')}>
            <span data-testid="plan-published">{publishedText(plan, t)}</span>
          </Descriptions.Item>
        </Descriptions>
        <Table
          rowKey="library"
          size="small"
          pagination={false}
          dataSource={plan.libraries}
          data-testid="plan-libraries"
          columns={[
            {
              title: t('enforcement.inspections.library'),
              key: 'library',
              render: (_, l) => <Tag color={LIBRARY_COLORS[l.library]}>{libraryText(l.library, t)}</Tag>,
            },
            { title: t('enforcement.inspections.poolSize'), dataIndex: 'poolSize' },
            { title: t('enforcement.inspections.percent'), key: 'percent', render: (_, l) => `${l.percent}%` },
            { title: t('enforcement.inspections.required'), dataIndex: 'required' },
          ]}
        />
      </Card>
      {plan.hidden || !plan.objects ? (
        <Alert
          type="info"
          showIcon
          title={t('enforcement.inspections.hidden')}
          description={t('enforcement.inspections.hiddenDetail', { date: plan.inspectionDate })}
          data-testid="plan-hidden"
        />
      ) : (
        <Card title={t('enforcement.inspections.drawn')}>
          <Table<DrawnUnit>
            rowKey="enterpriseId"
            dataSource={plan.objects}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            data-testid="plan-objects"
            columns={[
              { title: t('enforcement.inspections.unit'), dataIndex: 'name' },
              { title: t('enforcement.inspections.uscc'), dataIndex: 'uscc' },
              {
                title: t('enforcement.inspections.library'),
                key: 'library',
                render: (_, o) => (
                  <Tag color={LIBRARY_COLORS[o.library]} data-testid={`plan-object-library-${o.enterpriseId}`}>
                    {libraryText(o.library, t)}
                  </Tag>
                ),
              },
              {
                title: t('enforcement.inspections.method'),
                key: 'method',
                render: (_, o) => (
                  <span data-testid={`plan-object-method-${o.enterpriseId}`}>{methodText(o.method, o.checks, t)}</span>
                ),
              },
              {
                title: t('enforcement.inspections.inspectors'),
                key: 'inspectors',
                render: (_, o) => (
                  <span data-testid={`plan-object-inspectors-${o.enterpriseId}`}>
                    {o.inspectors.map((i) => i.displayName).join('、') || none}
                    {o.shortfall > 0 ? (
                      <Tag color="warning" style={{ marginInlineStart: 8 }}>
                        {t('enforcement.inspections.shortfall', { count: o.shortfall })}
                      </Tag>
                    ) : null}
                  </span>
                ),
              },
              {
                title: t('enforcement.records.recordColumn'),
                key: 'record',
                render: (_, o) => <PlanRecordCell planId={plan.id} unit={o} records={records.data?.items} />,
              },
            ]}
          />
        </Card>
      )}
    </div>
  );
}
