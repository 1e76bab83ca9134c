import type { ProblemStatus } from '@ecocloud/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLORS } from '../labels';

export function StatusTag({ status, testId }: { status: ProblemStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId}>
      {t(`rectification.statuses.${status}`)}
    </Tag>
  );
}
