import { AutoComplete, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateTarget, useUpdateTarget } from '../hooks/useTargets';
import type { TargetProgress } from '../types';

type Values = {
  year: number;
  regionCode: string;
  indicator: string;
  name?: string;
  unit?: string;
  direction?: 'at_most' | 'at_least';
  targetValue: number;
  note?: string;
};

/** The live indicators the server tracks; anything else is a custom indicator and needs name and direction. */
const LIVE_INDICATORS = [
  'air.pm25_annual_mean',
  'air.good_day_ratio',
  'water.good_class_share',
  'water.worse_than_v_share',
] as const;

/**
 * Create a target (year, region, indicator, value) or change an existing one's value, name and note;
 * year, region and indicator are its identity and cannot change.
 */
export function TargetFormModal({
  open,
  editing,
  regions,
  year,
  onClose,
}: {
  open: boolean;
  editing: TargetProgress | null;
  regions: { value: string; label: string }[];
  year: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateTarget();
  const update = useUpdateTarget();
  const indicator = Form.useWatch('indicator', form);
  const isCustom = !editing && indicator !== undefined && !(LIVE_INDICATORS as readonly string[]).includes(indicator);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing)
      form.setFieldsValue({
        year: editing.year,
        regionCode: editing.regionCode,
        indicator: editing.indicator,
        name: editing.name,
        targetValue: editing.targetValue,
        note: editing.note ?? undefined,
      });
    else form.setFieldsValue({ year });
  }, [open, editing, year, form]);

  const submit = async () => {
    const v = await form.validateFields();
    if (editing)
      await update.mutateAsync({
        id: editing.id,
        input: { targetValue: v.targetValue, name: v.name, note: v.note ?? null },
      });
    else await create.mutateAsync({ ...v, note: v.note ?? null });
    onClose();
  };

  return (
    <Modal
      open={open}
      title={editing ? t('assessment.targets.edit') : t('assessment.targets.create')}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={create.isPending || update.isPending}
      okButtonProps={{ 'data-testid': 'target-save' } as Record<`data-${string}`, string>}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="target-form">
        <Form.Item name="year" label={t('assessment.targets.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} disabled={!!editing} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('assessment.targets.region')} rules={[{ required: true }]}>
          <Select
            options={regions}
            disabled={!!editing}
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="target-region"
          />
        </Form.Item>
        <Form.Item
          name="indicator"
          label={t('assessment.targets.indicator')}
          rules={[{ required: true, pattern: /^[a-z][a-z0-9_.]{1,63}$/ }]}
        >
          <AutoComplete
            disabled={!!editing}
            data-testid="target-indicator"
            placeholder={t('assessment.targets.customIndicator')}
            options={LIVE_INDICATORS.map((k) => ({
              value: k,
              label: `${k} · ${t(`assessment.targets.indicators.${k.replace('.', '_')}`)}`,
            }))}
          />
        </Form.Item>
        {isCustom || editing ? (
          <Form.Item name="name" label={t('assessment.targets.name')} rules={[{ required: isCustom }]}>
            <Input />
          </Form.Item>
        ) : null}
        {isCustom ? (
          <>
            <Form.Item name="unit" label={t('assessment.targets.unit')}>
              <Input />
            </Form.Item>
            <Form.Item name="direction" label={t('assessment.targets.direction')} rules={[{ required: true }]}>
              <Select
                options={(['at_most', 'at_least'] as const).map((d) => ({
                  value: d,
                  label: t(`assessment.targets.directions.${d}`),
                }))}
              />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="targetValue" label={t('assessment.targets.target')} rules={[{ required: true }]}>
          <InputNumber style={{ width: '100%' }} data-testid="target-value" />
        </Form.Item>
        <Form.Item name="note" label={t('assessment.targets.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
