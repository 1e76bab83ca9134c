import type { IndicatorInput, MetricListItem } from '@ecocloud/contracts';
import { App, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAddIndicator, useUpdateIndicator } from '../hooks/useIndicatorEdit';
import type { Indicator } from '../types';
import { MetricPicker, type MetricChoice } from './MetricPicker';

const DIRECTIONS = ['at_least', 'at_most', 'reach', 'eliminate'] as const;

type Values = {
  name: string;
  unit?: string;
  direction: Indicator['direction'];
  target: number | null;
  deadline?: string;
  source: Indicator['source'];
  metric?: MetricChoice;
};

type Props = {
  itemId: string;
  planId: string;
  /** The plan year: a live metric is read for it. */
  year: number | undefined;
  /** The region a new live indicator is read for until another is chosen. */
  defaultRegion: string | undefined;
  /** The indicator edited; none to add one. */
  indicator?: Indicator | undefined;
  onClose: () => void;
};

/** The body the API takes from the form: a live indicator carries its metric and region, a manual one none. */
function indicatorBody(v: Values): IndicatorInput {
  const live = v.source === 'live';
  return {
    name: v.name.trim(),
    unit: (v.unit ?? '').trim(),
    direction: v.direction,
    target: v.target ?? 0,
    deadline: v.deadline?.trim() ? v.deadline.trim() : null,
    source: v.source,
    metricKey: live ? (v.metric?.metricKey ?? null) : null,
    metricParams: live && v.metric?.regionCode ? { regionCode: v.metric.regionCode } : {},
  };
}

/**
 * Adds or edits an indicator of an item (a modal): name, unit, direction, target, deadline and where
 * its values come from. A manual one is reported by the units; a live one is bound to a published
 * metric and region, chosen with the MetricPicker, and its unit and direction follow the metric.
 */
export function IndicatorForm({ itemId, planId, year, defaultRegion, indicator, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddIndicator(itemId, planId);
  const update = useUpdateIndicator(planId);
  const source = Form.useWatch('source', form) ?? indicator?.source ?? 'manual';
  const saving = add.isPending || update.isPending;

  const initialValues: Values = {
    name: indicator?.name ?? '',
    unit: indicator?.unit ?? '',
    direction: indicator?.direction ?? 'at_least',
    target: indicator?.target ?? null,
    deadline: indicator?.deadline ?? '',
    source: indicator?.source ?? 'manual',
    metric: {
      metricKey: indicator?.metricKey ?? undefined,
      regionCode: indicator?.metricParams.regionCode ?? defaultRegion,
    },
  };

  // The values of a live indicator are the metric's: its unit and direction come with it.
  const onMetricChosen = (m: MetricListItem) => {
    form.setFieldsValue({ unit: m.unit, direction: m.direction });
    if (!form.getFieldValue('name')) form.setFieldsValue({ name: m.name });
  };

  const submit = (v: Values) => {
    const body = indicatorBody(v);
    const done = {
      onSuccess: () => {
        void message.success(t('workplan.indicatorEdit.saved'));
        onClose();
      },
    };
    if (indicator) update.mutate({ id: indicator.id, patch: body }, done);
    else add.mutate(body, done);
  };

  return (
    <Modal
      open
      width={640}
      title={t(indicator ? 'workplan.indicatorEdit.editTitle' : 'workplan.indicatorEdit.addTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('workplan.indicatorEdit.save')}
      okButtonProps={{ loading: saving, 'data-testid': 'indicator-form-submit' }}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={submit}>
        <Form.Item
          name="source"
          label={t('workplan.indicatorEdit.kind')}
          extra={t(`workplan.indicatorEdit.kindHints.${source}`)}
        >
          <Radio.Group
            data-testid="indicator-form-kind"
            optionType="button"
            options={(['manual', 'live'] as const).map((k) => ({
              value: k,
              label: t(`workplan.indicatorEdit.kinds.${k}`),
            }))}
          />
        </Form.Item>
        {source === 'live' ? (
          <Form.Item
            name="metric"
            label={t('workplan.indicatorEdit.metric')}
            rules={[
              {
                validator: (_, m: MetricChoice | undefined) =>
                  m?.metricKey && m.regionCode
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('workplan.indicatorEdit.metricRule'))),
              },
            ]}
          >
            <MetricPicker year={year} onMetricChosen={onMetricChosen} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="name"
          label={t('workplan.indicatorEdit.name')}
          rules={[{ required: true, whitespace: true, message: t('workplan.indicatorEdit.nameRule') }]}
        >
          <Input data-testid="indicator-form-name" maxLength={200} />
        </Form.Item>
        <Form.Item name="unit" label={t('workplan.indicatorEdit.unit')}>
          <Input data-testid="indicator-form-unit" maxLength={40} disabled={source === 'live'} />
        </Form.Item>
        <Form.Item name="direction" label={t('workplan.indicatorEdit.direction')}>
          <Select
            data-testid="indicator-form-direction"
            options={DIRECTIONS.map((d) => ({ value: d, label: t(`workplan.directions.${d}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="target"
          label={t('workplan.indicatorEdit.target')}
          rules={[{ required: true, message: t('workplan.indicatorEdit.targetRule') }]}
        >
          <InputNumber data-testid="indicator-form-target" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="deadline"
          label={t('workplan.indicatorEdit.deadline')}
          rules={[{ pattern: /^(\d{4}-\d{2}-\d{2})?$/, message: t('workplan.indicatorEdit.dateRule') }]}
        >
          <Input data-testid="indicator-form-deadline" placeholder="YYYY-MM-DD" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
