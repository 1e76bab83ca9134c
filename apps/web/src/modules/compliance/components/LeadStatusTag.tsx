import type { LeadStatus } from '@ecocloud/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS, statusText } from '../labels';

export function LeadStatusTag({ status, testId }: { status: LeadStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} data-testid={testId}>
      {statusText(status, t)}
    </Tag>
  );
}
