import { Card, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { hasPermission, useSession } from '../../auth/shared';
import { OrgSelect } from '../../orgs/shared';
import { PlanSelect } from '../components/PlanSelect';
import { UnitDutiesTable } from '../components/UnitDutiesTable';
import { useReminders, useUnitDuties } from '../hooks/useItems';
import { usePlanChoice } from '../hooks/usePlanChoice';
import { PageHeader } from '../../../ui/PageHeader';

const DUE_COLORS = { ok: 'default', due_soon: 'warning', overdue: 'error' } as const;

/** /app/workplan/units/:unitId (default: the user's own organisation) — what the unit owes and when, and reports missing. */
export function WorkplanUnitPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const { unitId: fromUrl } = useParams();
  const unitId = fromUrl ?? me?.orgId;
  const { plan, plans, choose } = usePlanChoice();
  const duties = useUnitDuties(plan?.id, unitId);
  const reminders = useReminders(plan?.id);
  const missing = (reminders.data?.items ?? []).filter((r) => r.unitId === unitId);

  return (
    <>
      <PageHeader
        title={t('workplan.unit.title')}
        extra={
          <Space wrap>
            {plans.length > 0 ? <PlanSelect plans={plans} value={plan?.id} onChange={choose} /> : null}
          </Space>
        }
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Space wrap>
            <Typography.Text>{t('workplan.unit.unit')}:</Typography.Text>
            {hasPermission(me, 'orgs:read') ? (
              <div style={{ minWidth: 280 }} data-testid="unit-select">
                <OrgSelect
                  value={unitId}
                  onChange={(id) => void navigate(`/app/workplan/units/${encodeURIComponent(id)}`)}
                />
              </div>
            ) : (
              <Typography.Text strong data-testid="unit-name">
                {me?.orgName}
              </Typography.Text>
            )}
          </Space>
        </Card>
        <Card size="small" title={t('workplan.unit.missing')}>
          {missing.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workplan.unit.missingNone')} />
          ) : (
            <Space orientation="vertical" data-testid="unit-missing">
              {missing.map((r) => (
                <Space key={`${r.roundId}-${r.itemId}`} wrap>
                  <Tag color={DUE_COLORS[r.dueState]}>{t(`workplan.dueStates.${r.dueState}`)}</Tag>
                  <Link to={`/app/workplan/items/${r.itemId}`}>{r.itemTitle}</Link>
                  <Typography.Text type="secondary">
                    {t('workplan.unit.roundDue', { round: r.roundLabel, date: r.dueDate })}
                  </Typography.Text>
                </Space>
              ))}
            </Space>
          )}
        </Card>
        <Card size="small" title={t('workplan.unit.duties')}>
          <UnitDutiesTable duties={duties.data?.items ?? []} loading={duties.isFetching} />
        </Card>
      </Space>
    </>
  );
}
