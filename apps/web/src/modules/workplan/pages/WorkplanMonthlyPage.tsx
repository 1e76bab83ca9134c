import { Card, Empty, Select, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../auth/shared';
import { MonthlyActions } from '../components/MonthlyActions';
import { MonthlyPreview } from '../components/MonthlyPreview';
import { PlanSelect } from '../components/PlanSelect';
import { useMonthlyReport } from '../hooks/useMonthly';
import { usePlanChoice } from '../hooks/usePlanChoice';
import { PageHeader } from '../../../ui/PageHeader';

/** The plan year's months; the default is the current month in the current year, else December. */
function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}
function defaultMonth(year: number): string {
  const now = new Date();
  return now.getFullYear() === year ? `${year}-${String(now.getMonth() + 1).padStart(2, '0')}` : `${year}-12`;
}

/** /app/workplan/monthly — the monthly progress report: compile, preview, submit, approve or return, download. */
export function WorkplanMonthlyPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { plan, plans, choose } = usePlanChoice();
  const [picked, setPicked] = useState<string | null>(null);
  const month = plan && picked?.startsWith(String(plan.year)) ? picked : plan ? defaultMonth(plan.year) : '';
  const report = useMonthlyReport(plan?.id, month);
  return (
    <>
      <PageHeader
        title={t('workplan.monthly.title')}
        extra={
          <Space wrap>
            {plans.length > 0 ? <PlanSelect plans={plans} value={plan?.id} onChange={choose} /> : null}
            {plan ? (
              <Select
                data-testid="monthly-month"
                aria-label={t('workplan.monthly.month')}
                style={{ minWidth: 140 }}
                value={month}
                onChange={setPicked}
                options={monthsOf(plan.year).map((m) => ({
                  value: m,
                  label: t('workplan.monthly.monthLabel', { year: m.slice(0, 4), month: Number(m.slice(5)) }),
                }))}
              />
            ) : null}
          </Space>
        }
      />
      <Card>
        {!plan ? (
          <Empty description={t('workplan.monthly.noPlan')} />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <MonthlyActions
              planId={plan.id}
              month={month}
              report={report.data ?? null}
              canWrite={hasPermission(me, 'workplan:write')}
              canApprove={hasPermission(me, 'workplan:approve')}
            />
            {report.isPending ? <Spin /> : null}
            {report.data ? <MonthlyPreview content={report.data.content} /> : null}
          </Space>
        )}
      </Card>
    </>
  );
}
