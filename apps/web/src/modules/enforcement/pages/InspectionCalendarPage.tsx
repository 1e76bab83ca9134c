import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { useRegionOptions } from '../../compliance/hooks/useRegionOptions';
import { byDay, shiftMonth } from '../calendar-grid';
import { CalendarDayPanel } from '../components/CalendarDayPanel';
import { MonthGrid } from '../components/MonthGrid';
import { useEnforcementCalendar } from '../hooks/useEnforcementViews';
import { shanghaiToday } from '../today';

/**
 * /app/enforcement/calendar — 检查日历: a month of random-inspection dates and case deadlines in the
 * user's reach (the server keeps a secret draw list secret), filtered by region; a day lists its items.
 */
export function InspectionCalendarPage() {
  const { t } = useTranslation();
  const today = shanghaiToday();
  const [month, setMonth] = useState(today.slice(0, 7));
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [selected, setSelected] = useState<string | null>(today);
  const regions = useRegionOptions();
  const calendar = useEnforcementCalendar(month, regionCode);
  const plans = useMemo(() => byDay(calendar.data?.plans ?? [], (p) => p.inspectionDate), [calendar.data]);
  const deadlines = useMemo(() => byDay(calendar.data?.deadlines ?? [], (d) => d.dueDate), [calendar.data]);
  const go = (next: string) => {
    setMonth(next);
    setSelected(today.startsWith(next) ? today : null);
  };
  const [year, mon] = month.split('-');
  const shownDay = selected?.startsWith(month) ? selected : null;
  return (
    <>
      <PageHeader
        title={t('enforcement.calendar.title')}
        extra={
          <Select
            data-testid="calendar-region"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('enforcement.calendar.allRegions')}
            style={{ width: 180 }}
            value={regionCode}
            onChange={(v?: string) => setRegionCode(v)}
            options={regions}
          />
        }
      />
      <Typography.Paragraph type="secondary">{t('enforcement.calendar.intro')}</Typography.Paragraph>
      <Card
        loading={calendar.isLoading}
        title={
          <Space>
            <Button
              icon={<LeftOutlined />}
              aria-label={t('enforcement.calendar.prevMonth')}
              title={t('enforcement.calendar.prevMonth')}
              onClick={() => go(shiftMonth(month, -1))}
              data-testid="calendar-prev"
            />
            <span data-testid="calendar-month">{t('enforcement.calendar.month', { year, month: Number(mon) })}</span>
            <Button
              icon={<RightOutlined />}
              aria-label={t('enforcement.calendar.nextMonth')}
              title={t('enforcement.calendar.nextMonth')}
              onClick={() => go(shiftMonth(month, 1))}
              data-testid="calendar-next"
            />
            <Button onClick={() => go(today.slice(0, 7))} data-testid="calendar-today">
              {t('enforcement.calendar.thisMonth')}
            </Button>
          </Space>
        }
        style={{ marginBottom: 16 }}
      >
        <MonthGrid
          month={month}
          today={today}
          selected={shownDay}
          plans={plans}
          deadlines={deadlines}
          onSelect={setSelected}
        />
      </Card>
      <CalendarDayPanel
        day={shownDay}
        plans={shownDay ? (plans.get(shownDay) ?? []) : []}
        deadlines={shownDay ? (deadlines.get(shownDay) ?? []) : []}
      />
    </>
  );
}
