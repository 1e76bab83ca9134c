import { Form, Input, InputNumber, Select, Switch } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTR_FIELDS_BY_KIND, maxTargetClass, type AttrField } from '../station-attrs';
import type { StationKind } from '../types';

const ROMAN = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ'];
const NOISE_ZONES = ['0', '1', '2', '3', '4a', '4b'] as const;

/** The kind-specific attributes of a station, as Form.Items under `attrs`. */
export function StationAttrFields({ kind }: { kind: StationKind }) {
  const { t } = useTranslation();
  const label = (f: AttrField) => t(`monitoring.attrs.${f}`);
  const classOptions = Array.from({ length: maxTargetClass(kind) }, (_, i) => ({
    value: i + 1,
    label: i < 5 ? t('monitoring.attrs.classN', { n: ROMAN[i] }) : t('monitoring.attrs.classWorseThanV'),
  }));
  const fields: Record<AttrField, ReactNode> = {
    intervalSeconds: <InputNumber min={1} max={86_400} precision={0} style={{ width: '100%' }} suffix="s" />,
    isEvaluation: <Switch />,
    nationalCode: <Input maxLength={20} />,
    targetClass: <Select allowClear options={classOptions} />,
    isNationallyAssessed: <Switch />,
    waterBody: (
      <Select
        allowClear
        options={(['river', 'lake'] as const).map((v) => ({ value: v, label: t(`monitoring.attrs.waterBodies.${v}`) }))}
      />
    ),
    river: <Input maxLength={100} />,
    basin: <Input maxLength={100} />,
    noiseZone: (
      <Select
        allowClear
        options={NOISE_ZONES.map((z) => ({ value: z, label: t('monitoring.attrs.zoneN', { n: z }) }))}
      />
    ),
    backgroundMin: <InputNumber style={{ width: '100%' }} />,
    backgroundMax: <InputNumber style={{ width: '100%' }} />,
  };
  return (
    <>
      {ATTR_FIELDS_BY_KIND[kind].map((f) => (
        <Form.Item
          key={f}
          name={['attrs', f]}
          label={label(f)}
          valuePropName={f === 'isEvaluation' || f === 'isNationallyAssessed' ? 'checked' : 'value'}
        >
          {fields[f]}
        </Form.Item>
      ))}
    </>
  );
}
