import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { levelColour } from '../colours';

export type CalendarDay = { date: string; aqi: number | null; level: number | null };

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A year of daily AQI levels: one row per month, one cell per day in the level's colour; days
 * without a valid value are white with a border, days that do not exist are left out. Scrolls
 * sideways on a phone instead of shrinking the cells to nothing.
 */
export function AqiCalendar({ year, days, testId = 'aqi-calendar' }: { year: number; days: readonly CalendarDay[]; testId?: string }) {
  const { t } = useTranslation();
  const byDate = new Map(days.map((d) => [d.date, d]));
  return (
    <div data-testid={testId} style={{ overflowX: 'auto' }}>
      <div style={{ display: 'grid', gridTemplateColumns: '40px repeat(31, 16px)', gap: 2, minWidth: 40 + 31 * 18 }}>
        {MONTHS.map((m) => [
          <Typography.Text key={`m${m}`} type="secondary" style={{ fontSize: 11 }}>
            {t('assessment.calendar.month', { month: m })}
          </Typography.Text>,
          ...DAYS.map((d) => {
            if (d > daysInMonth(year, m)) return <span key={`${m}-${d}`} />;
            const date = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
            const day = byDate.get(date);
            const hasLevel = day?.level !== null && day?.level !== undefined;
            const title = hasLevel ? `${date} AQI ${day?.aqi} ${t(`assessment.levels.${day?.level}`)}` : `${date} ${t('assessment.common.noData')}`;
            return (
              <Tooltip key={`${m}-${d}`} title={title}>
                <span
                  data-date={date}
                  data-level={hasLevel ? day?.level : ''}
                  style={{
                    width: 16,
                    height: 16,
                    borderRadius: 2,
                    background: hasLevel ? levelColour(day?.level) : '#fff',
                    border: hasLevel ? 'none' : '1px solid #e5e5e5',
                    boxSizing: 'border-box',
                  }}
                />
              </Tooltip>
            );
          }),
        ])}
      </div>
    </div>
  );
}
