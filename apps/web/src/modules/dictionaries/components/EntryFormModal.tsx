import type { DictEntry } from '@ecocloud/contracts';
import { Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatExtra, parseExtra } from '../entry-extra';
import { useSaveEntry } from '../hooks/useDictionaries';

type Values = { code: string; label: string; labelEn?: string; sortOrder?: number | null; extra?: string };
/** `entry` null with `open` true means "create". */
type Props = {
  dictCode: string;
  open: boolean;
  entry: DictEntry | null;
  onClose: () => void;
  onSaved: (msg: string) => void;
};

/** Create or edit one dictionary entry; the code is fixed once created. */
export function EntryFormModal({ dictCode, open, entry, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveEntry(dictCode);

  const initialValues: Partial<Values> = entry
    ? {
        code: entry.code,
        label: entry.label,
        labelEn: entry.labelEn ?? '',
        sortOrder: entry.sortOrder,
        extra: formatExtra(entry.extra),
      }
    : { sortOrder: 0 };

  const submit = async () => {
    const v = await form.validateFields();
    const extra = parseExtra(v.extra) ?? {};
    await save.mutateAsync({
      id: entry?.id ?? null,
      input: { code: v.code, label: v.label, labelEn: v.labelEn?.trim() || null, sortOrder: v.sortOrder ?? 0, extra },
    });
    onSaved(entry ? t('dict.updated') : t('dict.created'));
    onClose();
  };

  return (
    <Modal
      open={open}
      title={entry ? t('dict.editEntry') : t('dict.createEntry')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => submit().catch(() => undefined)} // shown by the form or the error notifier
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={initialValues}>
        <Form.Item
          name="code"
          label={t('dict.code')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input disabled={entry !== null} maxLength={64} />
        </Form.Item>
        <Form.Item
          name="label"
          label={t('dict.label')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="labelEn" label={t('dict.labelEn')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="sortOrder" label={t('dict.sortOrder')}>
          <InputNumber precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="extra"
          label={t('dict.extra')}
          rules={[
            {
              validator: (_, value: string | undefined) =>
                parseExtra(value) === null ? Promise.reject(new Error(t('dict.extraInvalid'))) : Promise.resolve(),
            },
          ]}
        >
          <Input.TextArea rows={4} style={{ fontFamily: 'monospace' }} placeholder='{"unit": "μg/m³"}' />
        </Form.Item>
      </Form>
    </Modal>
  );
}
