import type { Enterprise } from '@ecocloud/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { daysBetween, label, shanghaiToday, SITUATION_COLORS } from '../labels';

/**
 * An enterprise's permit situation as a coloured tag; in the renewal window it also counts the days
 * left to expiry (距到期 N 天), which is what the officer acts on.
 */
export function SituationTag({ enterprise, today = shanghaiToday() }: { enterprise: Enterprise; today?: string }) {
  const { t } = useTranslation();
  const situation = enterprise.permitSituation;
  const days = enterprise.permitValidTo ? daysBetween(today, enterprise.permitValidTo) : null;
  return (
    <Tag color={SITUATION_COLORS[situation]} data-testid={`situation-${enterprise.id}`}>
      {label('permitSituations', situation, t)}
      {situation === 'renewal_window' && days !== null ? ` · ${t('sources.list.renewalSoon', { days })}` : ''}
    </Tag>
  );
}
