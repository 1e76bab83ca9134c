import { Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChildrenTable } from '../components/ChildrenTable';
import { PlanSelect } from '../components/PlanSelect';
import { useOverdue } from '../hooks/useItems';
import { usePlanChoice } from '../hooks/usePlanChoice';
import { PageHeader } from '../../../ui/PageHeader';

/** /app/workplan/overdue — items past their deadline, not done, within the caller's reach. */
export function WorkplanOverduePage() {
  const { t } = useTranslation();
  const { plan, plans, choose } = usePlanChoice();
  const overdue = useOverdue(plan?.id);
  return (
    <>
      <PageHeader
        title={t('workplan.overdue.title')}
        extra={
          <Space wrap>
            {plans.length > 0 ? <PlanSelect plans={plans} value={plan?.id} onChange={choose} /> : null}
          </Space>
        }
      />
      <Card>
        <ChildrenTable testId="overdue-table" items={overdue.data?.items ?? []} loading={overdue.isFetching} />
      </Card>
    </>
  );
}
