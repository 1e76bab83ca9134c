import { BATCH_KINDS, type BatchKind } from '@ecocloud/contracts';
import { Alert, App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { rectificationErrorText } from '../error-text';
import { shanghaiToday } from '../files';
import { useCreateBatch } from '../hooks/useRectification';

type Values = {
  kind: BatchKind;
  name: string;
  round?: string;
  feedbackDate: string;
  isPublic?: boolean;
  complaintBatchRef?: string;
};

/** Records an inspection batch (the department's; the import then fills it with problems). */
export function CreateBatchModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateBatch();
  const b = (key: string) => t(`rectification.batches.${key}`);
  const required = { required: true, message: t('common.required') };
  const submit = async () => {
    const v = await form.validateFields();
    await create.mutateAsync({
      ...v,
      round: v.round ?? '',
      isPublic: v.isPublic ?? false,
      complaintBatchRef: v.complaintBatchRef ?? '',
    });
    void message.success(b('created'));
    onClose();
  };
  return (
    <Modal
      open={open}
      title={b('create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'batch-submit' }}
      confirmLoading={create.isPending}
      onOk={() => submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'central', feedbackDate: shanghaiToday() }}
      >
        <Form.Item name="kind" label={b('kind')} rules={[required]}>
          <Select options={BATCH_KINDS.map((k) => ({ value: k, label: t(`rectification.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={b('name')} rules={[required]}>
          <Input maxLength={200} data-testid="batch-name" />
        </Form.Item>
        <Form.Item name="round" label={b('round')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="feedbackDate" label={b('feedbackDate')} rules={[required]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="complaintBatchRef" label={b('complaintBatchRef')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="isPublic" valuePropName="checked">
          <Checkbox>{b('isPublic')}</Checkbox>
        </Form.Item>
      </Form>
      {create.error ? <Alert type="error" showIcon title={rectificationErrorText(create.error, t)} /> : null}
    </Modal>
  );
}
