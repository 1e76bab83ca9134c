import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS } from '../status-colors';
import type { ItemStatus } from '../types';

/** An item's status as a coloured tag; `data-status` carries the code for tests and journeys. */
export function StatusTag({ status, testId }: { status: ItemStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status} data-testid={testId}>
      {t(`workplan.statuses.${status}`)}
    </Tag>
  );
}
