import type { CaseClockView, CaseState } from '@ecocloud/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { clockStatus, STATE_COLORS, stateText, TONE_COLORS } from '../labels';

export function CaseStateTag({ state, testId }: { state: CaseState; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[state] ?? 'default'} data-testid={testId}>
      {stateText(state, t)}
    </Tag>
  );
}

/** Days left, overdue (red), paused or done, as a tag. */
export function ClockStatusTag({ clock, testId }: { clock: CaseClockView; testId?: string }) {
  const { t } = useTranslation();
  const status = clockStatus(clock, t);
  return (
    <Tag color={TONE_COLORS[status.tone]} data-testid={testId}>
      {status.text}
    </Tag>
  );
}
