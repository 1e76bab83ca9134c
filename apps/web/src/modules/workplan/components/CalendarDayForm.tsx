import { App, Button, Form, Input, Select } from 'antd';
import { CALENDAR_DAY_KINDS } from '@ecocloud/contracts';
import { useTranslation } from 'react-i18next';
import { usePutCalendarDay } from '../hooks/useProgress';
import type { CalendarDayKind } from '../types';

type Values = { date: string; kind: CalendarDayKind; name: string };

/** Adds a holiday or a make-up working day; a custom row replaces the built-in row of its date. */
export function CalendarDayForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const put = usePutCalendarDay();
  return (
    <Form<Values>
      form={form}
      layout="inline"
      initialValues={{ kind: 'holiday' }}
      style={{ marginBottom: 12, rowGap: 8 }}
      onFinish={(v) =>
        put.mutate(v, {
          onSuccess: () => {
            form.resetFields();
            void message.success(t('workplan.calendar.added'));
          },
        })
      }
    >
      <Form.Item
        name="date"
        rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('workplan.calendar.dateRule') }]}
      >
        <Input data-testid="calendar-date" placeholder="YYYY-MM-DD" style={{ width: 130 }} />
      </Form.Item>
      <Form.Item name="kind">
        <Select<CalendarDayKind>
          data-testid="calendar-kind"
          style={{ width: 140 }}
          options={CALENDAR_DAY_KINDS.map((k) => ({ value: k, label: t(`workplan.calendar.kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input data-testid="calendar-name" placeholder={t('workplan.calendar.name')} style={{ width: 180 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={put.isPending} data-testid="calendar-add">
        {t('workplan.calendar.add')}
      </Button>
    </Form>
  );
}
