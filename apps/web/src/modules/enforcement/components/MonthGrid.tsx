import type { CalendarDeadline, EnforcementCalendar } from '@ecocloud/contracts';
import { Badge, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { monthWeeks } from '../calendar-grid';

type Plan = EnforcementCalendar['plans'][number];

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const cellStyle = { border: '1px solid #f0f0f0', verticalAlign: 'top', height: 76, padding: 6 } as const;

/**
 * The month as a table, Monday first: each day its number and how many inspections and deadlines
 * (overdue ones in red) fall on it; a click selects the day.
 */
export function MonthGrid({
  month,
  today,
  selected,
  plans,
  deadlines,
  onSelect,
}: {
  month: string;
  today: string;
  selected: string | null;
  plans: ReadonlyMap<string, readonly Plan[]>;
  deadlines: ReadonlyMap<string, readonly CalendarDeadline[]>;
  onSelect: (day: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={{ width: '100%', minWidth: 560, borderCollapse: 'collapse', tableLayout: 'fixed' }}>
        <thead>
          <tr>
            {WEEKDAYS.map((w) => (
              <th key={w} style={{ padding: 6, fontWeight: 500 }}>
                {t(`enforcement.calendar.weekdays.${w}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(month).map((week, i) => (
            <tr key={i}>
              {week.map((day, j) => {
                if (!day) return <td key={j} style={cellStyle} />;
                const dayPlans = plans.get(day) ?? [];
                const dayDeadlines = deadlines.get(day) ?? [];
                const overdue = dayDeadlines.filter((d) => d.overdue).length;
                return (
                  <td
                    key={day}
                    data-testid={`calendar-cell-${day}`}
                    onClick={() => onSelect(day)}
                    style={{
                      ...cellStyle,
                      cursor: 'pointer',
                      background: day === selected ? '#e6f4ff' : undefined,
                      outline: day === today ? '2px solid #1677ff' : undefined,
                    }}
                  >
                    <div style={{ fontWeight: day === today ? 600 : 400 }}>{Number(day.slice(8))}</div>
                    <Space orientation="vertical" size={0} style={{ fontSize: 12 }}>
                      {dayPlans.length ? (
                        <Badge
                          color="blue"
                          text={t('enforcement.calendar.planCount', { count: dayPlans.length })}
                          data-testid={`calendar-plans-${day}`}
                        />
                      ) : null}
                      {dayDeadlines.length ? (
                        <Badge
                          color={overdue ? 'red' : 'orange'}
                          text={t('enforcement.calendar.deadlineCount', { count: dayDeadlines.length })}
                          data-testid={`calendar-deadlines-${day}`}
                        />
                      ) : null}
                    </Space>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
