import { Select } from 'antd';
import { useTranslation } from 'react-i18next';

/** The list/report year: next year back to four years ago (typing a year would query each keystroke). */
export function YearSelect({
  value,
  onChange,
  testId,
}: {
  value: number;
  onChange: (y: number) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const now = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => now + 1 - i);
  return (
    <Select<number>
      value={value}
      onChange={onChange}
      style={{ width: 120 }}
      data-testid={testId}
      options={years.map((y) => ({ value: y, label: t('creditRating.runs.yearText', { year: y }) }))}
    />
  );
}
