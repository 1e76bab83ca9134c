import { AutoComplete, Button, DatePicker, Form, Input, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { auditActionText, auditEntityText } from '../../../i18n/code-text';
import { shanghaiDayRange } from '../../../ui/format-time';
import { KNOWN_AUDIT_ACTIONS, KNOWN_ENTITY_TYPES, type AuditFilter } from '../api';

type Values = { action?: string; actor?: string; entityType?: string; range?: [Dayjs | null, Dayjs | null] | null };

/** Form values to the API filter; the picked dates are Beijing days, sent as UTC instants. */
function toAuditFilter(values: Values): AuditFilter {
  const filter: AuditFilter = {
    action: values.action?.trim() || undefined,
    actor: values.actor?.trim() || undefined,
    entityType: values.entityType?.trim() || undefined,
  };
  const [first, last] = values.range ?? [];
  if (first && last) Object.assign(filter, shanghaiDayRange(first.format('YYYY-MM-DD'), last.format('YYYY-MM-DD')));
  return filter;
}

/** Action, actor, entity type and date range; "search" applies them, "reset" clears them. */
export function AuditFilters({ onChange }: { onChange: (filter: AuditFilter) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  // The field holds the code the API filters by; the list shows each code's name to pick it by.
  const options = (values: readonly string[], name: (code: string) => string) =>
    values.map((value) => ({ value, label: `${name(value)} · ${value}` }));
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(v) => onChange(toAuditFilter(v))}
      style={{ marginBottom: 16, rowGap: 8 }}
    >
      <Form.Item name="action" label={t('audit.action')}>
        <AutoComplete
          data-testid="audit-filter-action"
          options={options(KNOWN_AUDIT_ACTIONS, (a) => auditActionText(a, t))}
          style={{ width: 200 }}
          allowClear
        />
      </Form.Item>
      <Form.Item name="actor" label={t('audit.actor')}>
        <Input
          data-testid="audit-filter-actor"
          placeholder={t('audit.actorPlaceholder')}
          style={{ width: 150 }}
          allowClear
        />
      </Form.Item>
      <Form.Item name="entityType" label={t('audit.entityType')}>
        <AutoComplete
          options={options(KNOWN_ENTITY_TYPES, (e) => auditEntityText(e, t).label)}
          style={{ width: 160 }}
          allowClear
        />
      </Form.Item>
      <Form.Item name="range" label={t('audit.dateRange')}>
        <DatePicker.RangePicker />
      </Form.Item>
      <Space>
        <Button data-testid="audit-search" type="primary" htmlType="submit">
          {t('common.search')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onChange({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Space>
    </Form>
  );
}
