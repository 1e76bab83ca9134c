import { Tooltip, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { levelColour, textOnLevel } from '../colours';

export type CalendarDay = { date: string; aqi: number | null; level: number | null };

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** One day in its level's colour; a day without a valid value is white with a border. */
function DayCell({
  date,
  day,
  children,
  style,
}: {
  date: string;
  day: CalendarDay | undefined;
  children?: ReactNode;
  style: CSSProperties;
}) {
  const { t } = useTranslation();
  const hasLevel = day?.level !== null && day?.level !== undefined;
  const title = hasLevel
    ? `${date} AQI ${day?.aqi} ${t(`assessment.levels.${day?.level}`)}`
    : `${date} ${t('assessment.common.noData')}`;
  return (
    <Tooltip title={title}>
      <span
        data-date={date}
        data-level={hasLevel ? day?.level : ''}
        style={{
          borderRadius: 2,
          boxSizing: 'border-box',
          background: hasLevel ? levelColour(day?.level) : '#fff',
          color: hasLevel ? textOnLevel(day?.level) : undefined,
          border: hasLevel ? 'none' : '1px solid #e5e5e5',
          ...style,
        }}
      >
        {children}
      </span>
    </Tooltip>
  );
}

/**
 * A year of daily AQI levels: one row per month, one cell per day in the level's colour; days that
 * do not exist are left out. The day columns share the width of the card (no strip at its left, no
 * cut-off on its right); on a phone it scrolls sideways instead of shrinking the cells to nothing.
 */
export function AqiCalendar({
  year,
  days,
  testId = 'aqi-calendar',
}: {
  year: number;
  days: readonly CalendarDay[];
  testId?: string;
}) {
  const { t } = useTranslation();
  const byDate = new Map(days.map((d) => [d.date, d]));
  return (
    <div data-testid={testId} style={{ overflowX: 'auto' }}>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: '40px repeat(31, minmax(8px, 1fr))',
          gap: 2,
          minWidth: 40 + 31 * 10,
        }}
      >
        {MONTHS.map((m) => [
          <Typography.Text key={`m${m}`} type="secondary" style={{ fontSize: 11 }}>
            {t('assessment.calendar.month', { month: m })}
          </Typography.Text>,
          ...DAYS.map((d) =>
            d > daysInMonth(year, m) ? (
              <span key={`${m}-${d}`} />
            ) : (
              <DayCell
                key={`${m}-${d}`}
                date={isoDate(year, m, d)}
                day={byDate.get(isoDate(year, m, d))}
                style={{ width: '100%', height: 16 }}
              />
            ),
          ),
        ])}
      </div>
    </div>
  );
}

/**
 * One month as a wall calendar (weeks from Monday): each day shows its number and AQI in its level's
 * colour, and the seven columns fill the card.
 */
export function AqiMonthCalendar({
  month,
  days,
  testId = 'aqi-calendar',
}: {
  month: string;
  days: readonly CalendarDay[];
  testId?: string;
}) {
  const { t } = useTranslation();
  const [year, m] = month.split('-').map(Number) as [number, number];
  const byDate = new Map(days.map((d) => [d.date, d]));
  const lead = (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7; // Mondays first
  return (
    <div data-testid={testId} data-month={month}>
      <Typography.Text strong>{t('assessment.calendar.monthTitle', { year, month: m })}</Typography.Text>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 4, marginTop: 8 }}>
        {WEEKDAYS.map((w) => (
          <Typography.Text key={`w${w}`} type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
            {t(`assessment.calendar.weekdays.${w}`)}
          </Typography.Text>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <span key={`lead${i}`} />
        ))}
        {Array.from({ length: daysInMonth(year, m) }, (_, i) => {
          const date = isoDate(year, m, i + 1);
          const day = byDate.get(date);
          return (
            <DayCell
              key={date}
              date={date}
              day={day}
              style={{
                display: 'flex',
                flexDirection: 'column',
                alignItems: 'center',
                justifyContent: 'center',
                height: 44,
                fontSize: 12,
                lineHeight: 1.2,
              }}
            >
              <span>{i + 1}</span>
              <span style={{ fontWeight: 600 }}>{day?.aqi ?? '—'}</span>
            </DayCell>
          );
        })}
      </div>
    </div>
  );
}
