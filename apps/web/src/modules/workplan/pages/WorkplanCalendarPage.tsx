import { Alert, Card, InputNumber, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../auth/shared';
import { CalendarDayForm } from '../components/CalendarDayForm';
import { useCalendarDays } from '../hooks/useProgress';
import { shanghaiToday } from '../report-rules';
import type { CalendarDay } from '../types';
import { PageHeader } from '../../../ui/PageHeader';

/** /app/workplan/calendar — the working-day calendar's holidays and make-up days for a year; adding needs calendar:write. */
export function WorkplanCalendarPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [year, setYear] = useState(() => Number(shanghaiToday().slice(0, 4)));
  const days = useCalendarDays(year);
  return (
    <>
      <PageHeader
        title={t('workplan.calendar.title')}
        extra={
          <Space>
            {t('workplan.calendar.year')}
            <InputNumber
              data-testid="calendar-year"
              min={2000}
              max={2100}
              precision={0}
              value={year}
              onChange={(v) => typeof v === 'number' && setYear(v)}
            />
          </Space>
        }
      />
      <Card>
        {/* The built-in holiday data is unverified (see the server's workplan README): say so where it is shown. */}
        <Alert type="info" showIcon title={t('workplan.calendar.hint')} style={{ marginBottom: 12 }} />
        {hasPermission(me, 'calendar:write') ? <CalendarDayForm /> : null}
        <Table<CalendarDay>
          data-testid="calendar-table"
          size="small"
          rowKey="date"
          loading={days.isFetching}
          pagination={false}
          dataSource={days.data?.items ?? []}
          columns={[
            { title: t('workplan.calendar.date'), dataIndex: 'date', width: 130 },
            {
              title: t('workplan.calendar.kind'),
              dataIndex: 'kind',
              width: 140,
              render: (k: CalendarDay['kind']) => (
                <Tag color={k === 'holiday' ? 'red' : 'blue'}>{t(`workplan.calendar.kinds.${k}`)}</Tag>
              ),
            },
            { title: t('workplan.calendar.name'), dataIndex: 'name' },
            {
              title: t('workplan.calendar.source'),
              dataIndex: 'source',
              width: 100,
              render: (s: CalendarDay['source']) => t(`workplan.calendar.sources.${s}`),
            },
          ]}
        />
      </Card>
    </>
  );
}
