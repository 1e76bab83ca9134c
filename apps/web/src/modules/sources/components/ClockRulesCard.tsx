import { Alert, App, Button, Card, InputNumber, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClockRuleView } from '../api';
import { useClockRules, useUpdateClockRules } from '../hooks/useSources';
import { LABEL_GROUPS, label, labelOptions } from '../labels';

type DayKind = (typeof LABEL_GROUPS.dayKinds)[number];
const isDayKind = (v: unknown): v is DayKind => (LABEL_GROUPS.dayKinds as readonly unknown[]).includes(v);
type Draft = Record<string, { days: number; dayKind: DayKind }>;

/**
 * The permit clock rules as the server applies them. Day counts and day kinds are data an
 * administrator may change (regulation.md ⚠): readers see them with the note that they are not
 * verified against the official text; a user with sources:write may edit them (the server asks for
 * province-wide scope).
 */
export function ClockRulesCard({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useClockRules();
  const update = useUpdateClockRules();
  const [draft, setDraft] = useState<Draft | null>(null);

  const startEditing = () =>
    setDraft(
      Object.fromEntries(
        (rules.data ?? []).map((r) => [
          r.code,
          { days: r.days ?? 0, dayKind: isDayKind(r.dayKind) ? r.dayKind : 'calendar' },
        ]),
      ),
    );
  const save = (d: Draft) =>
    update
      .mutateAsync({ rules: Object.entries(d).map(([code, v]) => ({ code, ...v })) })
      .then(() => {
        setDraft(null);
        void message.success(t('sources.rules.saved'));
      })
      .catch(() => undefined); // the error notifier shows it

  return (
    <Card
      title={t('sources.rules.title')}
      size="small"
      style={{ marginTop: 16 }}
      extra={
        canWrite ? (
          draft ? (
            <Space>
              <Button onClick={() => setDraft(null)}>{t('common.cancel')}</Button>
              <Button
                type="primary"
                loading={update.isPending}
                onClick={() => void save(draft)}
                data-testid="rules-save"
              >
                {t('common.save')}
              </Button>
            </Space>
          ) : (
            <Button onClick={startEditing} disabled={!rules.data} data-testid="rules-edit">
              {t('common.edit')}
            </Button>
          )
        ) : null
      }
    >
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
          {
            key: 'days',
            title: t('sources.rules.days'),
            render: (_, r) => {
              const edit = draft?.[r.code];
              if (!draft || !edit) return r.days ?? t('common.none');
              return (
                <InputNumber
                  min={0}
                  max={365}
                  value={edit.days}
                  onChange={(days) => setDraft({ ...draft, [r.code]: { ...edit, days: days ?? 0 } })}
                />
              );
            },
          },
          {
            key: 'dayKind',
            title: t('sources.rules.dayKind'),
            render: (_, r) => {
              const edit = draft?.[r.code];
              if (!draft || !edit) return isDayKind(r.dayKind) ? label('dayKinds', r.dayKind, t) : t('common.none');
              return (
                <Select<DayKind>
                  style={{ width: 110 }}
                  value={edit.dayKind}
                  onChange={(dayKind) => setDraft({ ...draft, [r.code]: { ...edit, dayKind } })}
                  options={labelOptions('dayKinds', t)}
                />
              );
            },
          },
          { key: 'text', title: t('sources.rules.text'), render: (_, r) => r.text ?? t('common.none') },
        ]}
      />
    </Card>
  );
}
