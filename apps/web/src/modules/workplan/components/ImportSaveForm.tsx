import { Button, Checkbox, Flex, Input, InputNumber, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../types';

/** Where a reviewed proposal goes: an existing plan, or a new one created first (for the caller's organisation). */
export type ImportTarget =
  | { kind: 'existing'; planId: string; replace: boolean }
  | { kind: 'new'; title: string; year: number; replace: boolean };

type Props = {
  plans: readonly Plan[];
  title: string;
  year: number;
  saving: boolean;
  onSave: (target: ImportTarget) => void;
};

export function ImportSaveForm({ plans, title, year, saving, onSave }: Props) {
  const { t } = useTranslation();
  const sameYear = plans.find((p) => p.year === year);
  const [kind, setKind] = useState<'existing' | 'new'>(sameYear ? 'existing' : 'new');
  const [planId, setPlanId] = useState<string | undefined>(sameYear?.id ?? plans[0]?.id);
  const [newTitle, setNewTitle] = useState(title);
  const [newYear, setNewYear] = useState(year);
  const [replace, setReplace] = useState(false);
  const ready = kind === 'existing' ? Boolean(planId) : newTitle.trim() !== '' && Number.isInteger(newYear);

  const save = () =>
    onSave(
      kind === 'existing'
        ? { kind, planId: planId!, replace }
        : { kind, title: newTitle.trim(), year: newYear, replace },
    );

  return (
    <Flex vertical gap={8} data-testid="import-target">
      <Radio.Group
        value={kind}
        onChange={(e) => setKind(e.target.value as 'existing' | 'new')}
        options={[
          {
            value: 'existing',
            label: <span data-testid="import-target-existing">{t('workplan.importer.existing')}</span>,
            disabled: plans.length === 0,
          },
          { value: 'new', label: <span data-testid="import-target-new">{t('workplan.importer.createNew')}</span> },
        ]}
      />
      {kind === 'existing' ? (
        <Select
          data-testid="import-plan"
          style={{ maxWidth: 420 }}
          value={planId}
          onChange={setPlanId}
          options={plans.map((p) => ({ value: p.id, label: `${p.year} · ${p.title}` }))}
        />
      ) : (
        <Flex gap={8} wrap>
          <Input
            data-testid="import-new-title"
            style={{ width: 320 }}
            value={newTitle}
            placeholder={t('workplan.importer.newTitle')}
            onChange={(e) => setNewTitle(e.target.value)}
          />
          <InputNumber
            data-testid="import-new-year"
            aria-label={t('workplan.importer.newYear')}
            min={2000}
            max={2100}
            precision={0}
            value={newYear}
            onChange={(v) => typeof v === 'number' && setNewYear(v)}
          />
        </Flex>
      )}
      {kind === 'existing' ? (
        <Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)}>
          {t('workplan.importer.replace')}
        </Checkbox>
      ) : null}
      <div>
        <Button type="primary" data-testid="import-save" disabled={!ready} loading={saving} onClick={save}>
          {t('workplan.importer.save')}
        </Button>
      </div>
    </Flex>
  );
}
