import { STATION_KINDS, STATION_STATUSES } from '@ecocloud/contracts';
import { Col, Divider, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSaveStation } from '../hooks/useStations';
import { mergeAttrs } from '../station-attrs';
import type { Station, StationKind } from '../types';
import { StationAttrFields } from './StationAttrFields';

type Values = {
  code: string;
  name: string;
  kind: StationKind;
  regionCode: string;
  lon?: number | null;
  lat?: number | null;
  parameters: string[];
  status: Station['status'];
  attrs?: Record<string, unknown>;
};
/** `station` null with `open` true means "create". */
type Props = { open: boolean; station: Station | null; onClose: () => void; onSaved: (msg: string) => void };

/** Create or edit a station; the code is fixed once created, the attributes follow the kind. */
export function StationFormModal({ open, station, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? station?.kind ?? 'air_national';
  const save = useSaveStation();

  const initialValues: Partial<Values> = station
    ? { ...station, lon: station.lon, lat: station.lat, attrs: station.attrs }
    : { kind: 'air_national', status: 'active', parameters: [], attrs: {} };

  const submit = async () => {
    const v = await form.validateFields();
    const attrs = mergeAttrs(v.kind, station?.attrs ?? {}, v.attrs ?? {});
    await save.mutateAsync({
      id: station?.id ?? null,
      input: { ...v, lon: v.lon ?? null, lat: v.lat ?? null, parameters: v.parameters ?? [], attrs },
    });
    onSaved(station ? t('monitoring.station.updated') : t('monitoring.station.created'));
    onClose();
  };

  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <Modal
      open={open}
      title={station ? t('monitoring.station.edit') : t('monitoring.station.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => submit().catch(() => undefined)} // shown by the form or the error notifier
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={initialValues}>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="code" label={t('monitoring.station.code')} rules={[required]}>
              <Input disabled={station !== null} maxLength={64} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="name" label={t('monitoring.station.name')} rules={[required]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="kind"
              label={t('monitoring.station.kind')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select options={STATION_KINDS.map((k) => ({ value: k, label: t(`monitoring.kinds.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="regionCode"
              label={t('monitoring.station.regionCode')}
              rules={[required, { pattern: /^\d{6}$/, message: t('orgs.regionCodeInvalid') }]}
            >
              <Input maxLength={6} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="lon" label={t('monitoring.station.lon')}>
              <InputNumber min={-180} max={180} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="lat" label={t('monitoring.station.lat')}>
              <InputNumber min={-90} max={90} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="status" label={t('monitoring.station.status')}>
              <Select options={STATION_STATUSES.map((s) => ({ value: s, label: t(`monitoring.statuses.${s}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="parameters"
          label={t('monitoring.station.parameters')}
          extra={t('monitoring.station.parametersHint')}
        >
          <Select mode="tags" tokenSeparators={[',', ' ']} />
        </Form.Item>
        <Divider titlePlacement="start">{t('monitoring.station.attrsTitle')}</Divider>
        <StationAttrFields kind={kind} />
      </Form>
    </Modal>
  );
}
