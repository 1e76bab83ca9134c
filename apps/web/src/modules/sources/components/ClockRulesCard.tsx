import { Alert, Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClockRuleView } from '../api';
import { useClockRules } from '../hooks/useSources';
import { LABEL_GROUPS, label } from '../labels';

const isDayKind = (v: unknown): v is (typeof LABEL_GROUPS.dayKinds)[number] =>
  (LABEL_GROUPS.dayKinds as readonly unknown[]).includes(v);

/**
 * The permit clock rules as the server applies them, read-only. Day counts and day kinds are data
 * an administrator may change (regulation.md ⚠), so the card says they are not verified.
 */
export function ClockRulesCard() {
  const { t } = useTranslation();
  const rules = useClockRules();
  return (
    <Card title={t('sources.rules.title')} size="small" style={{ marginTop: 16 }}>
      <Alert
        type="warning"
        showIcon
        title={`⚠ ${t('sources.rules.note')}`}
        style={{ marginBottom: 12 }}
        data-testid="rules-note"
      />
      <Table<ClockRuleView>
        size="small"
        rowKey="code"
        data-testid="clock-rules"
        loading={rules.isPending}
        dataSource={rules.data ?? []}
        pagination={false}
        columns={[
          { key: 'citation', title: t('sources.rules.citation'), render: (_, r) => r.citation ?? t('common.none') },
          { key: 'days', title: t('sources.rules.days'), render: (_, r) => r.days ?? t('common.none') },
          {
            key: 'dayKind',
            title: t('sources.rules.dayKind'),
            render: (_, r) => (isDayKind(r.dayKind) ? label('dayKinds', r.dayKind, t) : t('common.none')),
          },
          { key: 'text', title: t('sources.rules.text'), render: (_, r) => r.text ?? t('common.none') },
        ]}
      />
    </Card>
  );
}
