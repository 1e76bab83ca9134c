import type { DueItem } from '@ecocloud/contracts';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { label } from '../labels';

/**
 * The permit clock an officer must not miss, above everything else on the enterprise page: the
 * renewal application deadline (valid_to − 60 days), as 距到期 N 天 or 已超期 N 天.
 */
export function RenewalAlert({ due }: { due: DueItem[] }) {
  const { t } = useTranslation();
  const renewals = due.filter((d) => d.kind === 'renewal_application');
  if (renewals.length === 0) return null;
  return (
    <>
      {renewals.map((d) => (
        <Alert
          key={`${d.permitId}-${d.dueDate}`}
          data-testid="renewal-due"
          type={d.daysLeft < 0 ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          title={`${label('dueKinds', d.kind, t)} · ${d.permitNo} · ${d.dueDate} · ${
            d.daysLeft < 0
              ? t('sources.file.overdueBy', { days: -d.daysLeft })
              : t('sources.file.daysLeft', { days: d.daysLeft })
          }`}
          description={`${d.rule.citation}（${d.rule.days} ${label('dayKinds', d.rule.dayKind, t)}）`}
        />
      ))}
    </>
  );
}
