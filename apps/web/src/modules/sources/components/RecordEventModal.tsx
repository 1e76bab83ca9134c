import { UploadOutlined } from '@ant-design/icons';
import { PERMIT_EVENT_KINDS, type Permit, type PermitEventInput } from '@ecocloud/contracts';
import { Button, Checkbox, Form, Input, Modal, Select, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toDocumentPayload } from '../documents';
import { useRecordPermitEvent } from '../hooks/useSources';
import { label, shanghaiToday } from '../labels';

type Values = {
  permitId: string;
  kind: PermitEventInput['kind'];
  eventDate: string;
  note?: string;
  newValidTo?: string;
  onSiteCheck?: boolean;
};

/**
 * Records an event on a permit. This is how a renewal is recorded: 延续 with the new expiry, which
 * must run past the current one (the server says PERMIT_STATE_CONFLICT otherwise). Documents go up
 * as base64 in the JSON body.
 */
export function RecordEventModal({
  open,
  enterpriseId,
  permits,
  onClose,
  onSaved,
}: {
  open: boolean;
  enterpriseId: string;
  permits: Permit[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<File[]>([]);
  const record = useRecordPermitEvent(enterpriseId);
  const kind = Form.useWatch('kind', form);
  const permitId = Form.useWatch('permitId', form);
  const permit = permits.find((p) => p.id === permitId);

  const submit = async () => {
    const v = await form.validateFields();
    const input: PermitEventInput = {
      kind: v.kind,
      eventDate: v.eventDate,
      note: v.note ?? '',
      ...(v.kind === 'renewed' ? { newValidTo: v.newValidTo } : {}),
      ...(v.kind === 'accepted' ? { onSiteCheck: v.onSiteCheck ?? false } : {}),
      documents: await Promise.all(files.map(toDocumentPayload)),
    };
    await record.mutateAsync({ permitId: v.permitId, input });
    setFiles([]);
    onSaved();
    onClose();
  };

  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open={open}
      title={t('sources.event.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'event-submit' }}
      confirmLoading={record.isPending}
      onOk={() => submit().catch(() => undefined)} // shown by the form or the error notifier
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ permitId: permits[0]?.id, kind: 'renewed', eventDate: shanghaiToday() }}
      >
        <Form.Item name="permitId" label={t('sources.event.permit')} rules={[required]}>
          <Select data-testid="event-permit" options={permits.map((p) => ({ value: p.id, label: p.permitNo }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('sources.event.kind')} rules={[required]}>
          <Select
            data-testid="event-kind"
            options={PERMIT_EVENT_KINDS.map((k) => ({ value: k, label: label('eventKinds', k, t) }))}
          />
        </Form.Item>
        <Form.Item name="eventDate" label={t('sources.event.date')} rules={[required]}>
          <Input type="date" data-testid="event-date" />
        </Form.Item>
        {kind === 'renewed' ? (
          <Form.Item
            name="newValidTo"
            label={t('sources.event.newValidTo')}
            extra={permit ? t('sources.event.newValidToAfter', { validTo: permit.validTo }) : undefined}
            rules={[
              required,
              {
                validator: (_, value: string | undefined) =>
                  !value || !permit || value > permit.validTo
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('sources.event.newValidToAfter', { validTo: permit.validTo }))),
              },
            ]}
          >
            <Input type="date" data-testid="event-new-valid-to" />
          </Form.Item>
        ) : null}
        {kind === 'accepted' ? (
          <Form.Item name="onSiteCheck" valuePropName="checked">
            <Checkbox>{t('sources.event.onSiteCheck')}</Checkbox>
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('sources.event.note')}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="event-note" />
        </Form.Item>
        <Form.Item label={t('sources.event.documents')}>
          <Upload
            multiple
            beforeUpload={(file) => {
              setFiles((prev) => [...prev, file].slice(0, 10));
              return false; // read and sent with the event
            }}
            onRemove={(removed) => setFiles((prev) => prev.filter((f) => f.name !== removed.name))}
            fileList={files.map((f) => ({ uid: f.name, name: f.name, status: 'done' as const }))}
          >
            <Button icon={<UploadOutlined />}>{t('sources.event.upload')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}
