import type { CalendarDeadline, EnforcementCalendar } from '@ecocloud/contracts';
import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { clockText, stateText } from '../labels';
import { planPath } from './CreatePlanModal';

type Plan = EnforcementCalendar['plans'][number];

const casePath = (id: string) => `/app/enforcement/cases/${encodeURIComponent(id)}`;

/** The plans inspected and the case deadlines falling due on one day, each linking to its page. */
export function CalendarDayPanel({
  day,
  plans,
  deadlines,
}: {
  day: string | null;
  plans: readonly Plan[];
  deadlines: readonly CalendarDeadline[];
}) {
  const { t } = useTranslation();
  if (!day)
    return (
      <Card data-testid="calendar-day">
        <Typography.Text type="secondary">{t('enforcement.calendar.pickDay')}</Typography.Text>
      </Card>
    );
  return (
    <Card title={t('enforcement.calendar.dayTitle', { date: day })} data-testid="calendar-day">
      {plans.length === 0 && deadlines.length === 0 ? <Empty description={t('enforcement.calendar.nothing')} /> : null}
      {plans.length ? (
        <List
          header={<Typography.Text strong>{t('enforcement.calendar.plans')}</Typography.Text>}
          dataSource={[...plans]}
          rowKey="id"
          renderItem={(p) => (
            <List.Item data-testid={`calendar-plan-${p.id}`}>
              <Space wrap>
                <Link to={planPath(p.id)}>
                  {t('enforcement.calendar.planLine', {
                    authority: p.orgName,
                    period: p.period,
                    count: p.objectCount,
                  })}
                </Link>
                {p.hidden ? <Tag>{t('enforcement.calendar.hidden')}</Tag> : null}
              </Space>
            </List.Item>
          )}
        />
      ) : null}
      {deadlines.length ? (
        <List
          header={<Typography.Text strong>{t('enforcement.calendar.deadlines')}</Typography.Text>}
          dataSource={[...deadlines]}
          rowKey={(d) => `${d.caseId}-${d.code}`}
          renderItem={(d) => (
            <List.Item data-testid={`calendar-deadline-${d.caseId}-${d.code}`}>
              <Space wrap>
                <Link to={casePath(d.caseId)}>{d.caseNo}</Link>
                <span>{d.enterpriseName}</span>
                <span>
                  {clockText(d.code, t)}
                  {t('enforcement.calendar.due')}
                </span>
                <Tag>{stateText(d.state, t)}</Tag>
                {d.overdue ? <Tag color="error">{t('enforcement.calendar.overdue')}</Tag> : null}
                {d.paused ? <Tag color="warning">{t('enforcement.calendar.paused')}</Tag> : null}
              </Space>
            </List.Item>
          )}
        />
      ) : null}
    </Card>
  );
}
