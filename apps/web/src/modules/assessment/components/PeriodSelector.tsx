import { PERIOD_KINDS } from '@ecocloud/contracts';
import { DatePicker, Segmented, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { lastCompleteDay, shanghaiToday } from '../periods';
import type { PeriodKind } from '../types';

export type PeriodState = { kind: PeriodKind; anchor: string; range?: [string, string] };

const PICKER: Record<Exclude<PeriodKind, 'custom'>, 'month' | 'quarter' | 'date' | 'year'> = {
  month: 'month',
  quarter: 'quarter',
  ytd: 'date',
  year: 'year',
};
const FMT = 'YYYY-MM-DD';

/**
 * Month / quarter / year to date / year / custom, with the matching picker. The anchor is any day
 * in the period (the server finds the period around it); for "year to date" it is the last day.
 */
export function PeriodSelector({ value, onChange }: { value: PeriodState; onChange: (next: PeriodState) => void }) {
  const { t } = useTranslation();
  return (
    <Space wrap data-testid="period-selector">
      <Segmented<PeriodKind>
        data-testid="period-kind"
        value={value.kind}
        // Year to date starts at its end: the last complete day (today has not ended).
        onChange={(kind) =>
          onChange({ ...value, kind, anchor: kind === 'ytd' ? lastCompleteDay(shanghaiToday()) : value.anchor })
        }
        options={PERIOD_KINDS.map((k) => ({ value: k, label: t(`assessment.periods.${k}`) }))}
      />
      {value.kind === 'custom' ? (
        <DatePicker.RangePicker
          data-testid="period-range"
          allowClear={false}
          value={value.range ? [dayjs(value.range[0]), dayjs(value.range[1])] : null}
          onChange={(dates) => {
            const [from, to] = (dates ?? []) as [Dayjs | null, Dayjs | null];
            if (from && to) onChange({ ...value, range: [from.format(FMT), to.format(FMT)] });
          }}
        />
      ) : (
        <DatePicker
          data-testid="period-anchor"
          allowClear={false}
          picker={PICKER[value.kind]}
          value={dayjs(value.anchor)}
          onChange={(d: Dayjs | null) => d && onChange({ ...value, anchor: d.format(FMT) })}
        />
      )}
    </Space>
  );
}
