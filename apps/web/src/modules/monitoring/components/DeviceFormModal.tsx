import { Form, Input, Modal, Radio, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CRC_MODES, ST_CODES } from '../hj212-codes';
import { useSaveDevice } from '../hooks/useDevices';
import type { CrcMode, Device, FactorMap } from '../types';
import { FactorMapEditor } from './FactorMapEditor';
import { StationSelect } from './StationSelect';

type Values = {
  mn: string;
  password?: string;
  st: string;
  stationId: string;
  crcMode: CrcMode;
  isEnabled: boolean;
  factorMap: FactorMap;
};
type Props = { open: boolean; device: Device | null; onClose: () => void; onSaved: (msg: string) => void };

/** Registers or changes a data logger: MN (fixed once created), password, ST, station, factor map, CRC mode. */
export function DeviceFormModal({ open, device, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [factorErrors, setFactorErrors] = useState(false);
  const save = useSaveDevice();
  const initialValues: Partial<Values> = device
    ? {
        mn: device.mn,
        st: device.st,
        stationId: device.stationId,
        crcMode: device.crcMode,
        isEnabled: device.isEnabled,
        factorMap: device.factorMap,
      }
    : { st: '22', crcMode: 'hj212', isEnabled: true, factorMap: {} };

  const submit = async () => {
    const v = await form.validateFields();
    const { mn, ...input } = v;
    await save.mutateAsync({
      id: device?.id ?? null,
      mn: mn.trim(),
      input: { ...input, password: v.password || undefined },
    });
    onSaved(device ? t('monitoring.device.updated') : t('monitoring.device.created'));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={device ? t('monitoring.device.edit') : t('monitoring.device.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: factorErrors }}
      confirmLoading={save.isPending}
      onOk={() => submit().catch(() => undefined)}
      onCancel={onClose}
      width={760}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={initialValues}>
        <Form.Item
          name="mn"
          label={t('monitoring.device.mn')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          extra={t('monitoring.device.mnHint')}
        >
          <Input disabled={device !== null} maxLength={64} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('monitoring.device.password')}
          rules={device ? [] : [{ required: true, message: t('common.required') }]}
          extra={device ? t('monitoring.device.passwordKeep') : undefined}
        >
          <Input.Password maxLength={64} autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="st"
          label={t('monitoring.device.st')}
          rules={[{ required: true, pattern: /^[0-9A-Z]{2}$/, message: t('monitoring.device.stInvalid') }]}
        >
          <Select
            showSearch
            options={ST_CODES.map((c) => ({ value: c, label: `${c} ${t(`monitoring.stCodes.${c}`)}` }))}
          />
        </Form.Item>
        <Form.Item
          name="stationId"
          label={t('monitoring.device.station')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <StationSelect initial={device ? { id: device.stationId, label: device.stationCode } : undefined} />
        </Form.Item>
        <Form.Item name="crcMode" label={t('monitoring.device.crcMode')} extra={t('monitoring.device.crcHint')}>
          <Radio.Group options={CRC_MODES.map((m) => ({ value: m, label: t(`monitoring.crcModes.${m}`) }))} />
        </Form.Item>
        <Form.Item name="isEnabled" label={t('monitoring.device.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="factorMap" label={t('monitoring.device.factorMap')} trigger="onChange">
          <FactorMapField onErrors={setFactorErrors} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Adapts the editor to Form.Item's value/onChange and lifts "has invalid rows" to the modal. */
function FactorMapField({
  value,
  onChange,
  onErrors,
}: {
  value?: FactorMap;
  onChange?: (m: FactorMap) => void;
  onErrors: (e: boolean) => void;
}) {
  return (
    <FactorMapEditor
      value={value}
      onChange={(map, hasErrors) => {
        onChange?.(map);
        onErrors(hasErrors);
      }}
    />
  );
}
