import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../types';

/** Picks the plan (year) the page shows; plans are listed newest year first. */
export function PlanSelect({
  plans,
  value,
  onChange,
}: {
  plans: readonly Plan[];
  value?: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const options = [...plans]
    .sort((a, b) => b.year - a.year || a.title.localeCompare(b.title))
    .map((p) => ({ value: p.id, label: `${t('workplan.plan.year', { year: p.year })} · ${p.title}` }));
  return (
    <Select
      data-testid="plan-select"
      aria-label={t('workplan.plan.select')}
      style={{ minWidth: 280 }}
      value={value}
      onChange={onChange}
      options={options}
    />
  );
}
