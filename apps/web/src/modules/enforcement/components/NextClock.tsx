import type { CaseClockView } from '@ecocloud/contracts';
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { clockText } from '../labels';
import { ClockStatusTag } from './CaseStateTag';

/** The clock falling due first: its name, its due date and the days left (or overdue, or paused). */
export function NextClock({ clock, testId }: { clock: CaseClockView | null; testId?: string }) {
  const { t } = useTranslation();
  if (!clock) return <Typography.Text type="secondary">{t('enforcement.clock.none')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={0} data-testid={testId}>
      <span>{clockText(clock.code, t)}</span>
      <Space size={4} wrap>
        <Typography.Text type="secondary">{t('enforcement.clock.due', { date: clock.dueDate })}</Typography.Text>
        <ClockStatusTag clock={clock} />
      </Space>
    </Space>
  );
}
