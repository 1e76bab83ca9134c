import type { ChecklistItem, InspectionChecklist } from '@ecocloud/contracts';
import { CHECK_ANSWERS } from '@ecocloud/contracts';
import { Card, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InspectionDraft } from './draft-store';

type Props = {
  checklist: InspectionChecklist;
  answers: InspectionDraft['answers'];
  onChange: (answers: InspectionDraft['answers']) => void;
};

/** The checklist of the unit's industry, one item a block: 是 / 否 / 不适用 as large buttons, a note for 否. */
export function ChecklistField({ checklist, answers, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const textOf = (i: Pick<ChecklistItem, 'zh' | 'en'>) => (i18n.language.startsWith('zh') ? i.zh : i.en);
  const set = (key: string, patch: Partial<InspectionDraft['answers'][string]>) =>
    onChange({ ...answers, [key]: { answer: 'yes', note: '', ...answers[key], ...patch } });
  return (
    <Card
      size="small"
      title={t('enforcement.records.checklist')}
      extra={
        checklist.industry ? (
          <Typography.Text type="secondary">
            {t('enforcement.records.industry', { name: textOf(checklist.industry) })}
          </Typography.Text>
        ) : null
      }
      data-testid="record-checklist"
    >
      {checklist.items.map((item) => {
        const a = answers[item.key];
        return (
          <div key={item.key} style={{ padding: '10px 0', borderBottom: '1px solid rgba(0,0,0,0.06)' }}>
            <div style={{ marginBottom: 8 }}>{textOf(item)}</div>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              size="large"
              block
              value={a?.answer}
              onChange={(e) => set(item.key, { answer: e.target.value as (typeof CHECK_ANSWERS)[number] })}
            >
              {CHECK_ANSWERS.map((v) => (
                <Radio.Button key={v} value={v} data-testid={`check-${item.key}-${v}`}>
                  {t(`enforcement.records.answers.${v}`)}
                </Radio.Button>
              ))}
            </Radio.Group>
            {a?.answer === 'no' ? (
              <Input
                size="large"
                style={{ marginTop: 8 }}
                placeholder={t('enforcement.records.note')}
                value={a.note}
                maxLength={500}
                onChange={(e) => set(item.key, { note: e.target.value })}
                data-testid={`check-${item.key}-note`}
              />
            ) : null}
          </div>
        );
      })}
    </Card>
  );
}
