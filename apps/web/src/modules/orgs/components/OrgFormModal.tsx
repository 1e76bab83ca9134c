import { ORG_KINDS, type Org, type OrgKind } from '@ecocloud/contracts';
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateOrg, useUpdateOrg } from '../hooks/useOrgs';

export type OrgFormMode = { kind: 'create'; parent: Org } | { kind: 'rename'; org: Org };
type Values = { name: string; nameEn?: string; kind: OrgKind; regionCode: string };

/** Creates a child of `parent` or renames `org`; closes itself on success. */
export function OrgFormModal({
  mode,
  onClose,
  onSaved,
}: {
  mode: OrgFormMode | null;
  onClose: () => void;
  onSaved: (msg: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateOrg();
  const update = useUpdateOrg();

  // The modal is destroyed when hidden, so initial values apply afresh on every open.
  const initialValues: Partial<Values> =
    mode?.kind === 'rename'
      ? { name: mode.org.name, nameEn: mode.org.nameEn ?? '' }
      : { kind: 'county', regionCode: mode?.parent.regionCode ?? '' };

  const submit = async () => {
    const values = await form.validateFields();
    const nameEn = values.nameEn?.trim() || undefined;
    if (mode?.kind === 'create') {
      await create.mutateAsync({
        parentId: mode.parent.id,
        name: values.name,
        nameEn,
        kind: values.kind,
        regionCode: values.regionCode,
      });
      onSaved(t('orgs.created'));
    } else if (mode?.kind === 'rename') {
      await update.mutateAsync({ id: mode.org.id, input: { name: values.name, nameEn: nameEn ?? null } });
      onSaved(t('orgs.renamed'));
    }
    onClose();
  };

  return (
    <Modal
      open={mode !== null}
      title={mode?.kind === 'create' ? `${t('orgs.createChild')}：${mode.parent.name}` : t('orgs.rename')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => submit().catch(() => undefined)} // errors are shown by the form or the error notifier
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={initialValues}>
        <Form.Item
          name="name"
          label={t('orgs.name')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('orgs.nameEn')}>
          <Input maxLength={200} />
        </Form.Item>
        {mode?.kind === 'create' ? (
          <>
            <Form.Item name="kind" label={t('orgs.kind')} rules={[{ required: true, message: t('common.required') }]}>
              <Select options={ORG_KINDS.map((k) => ({ value: k, label: t(`orgs.kinds.${k}`) }))} />
            </Form.Item>
            <Form.Item
              name="regionCode"
              label={t('orgs.regionCode')}
              rules={[{ required: true, pattern: /^\d{6}$/, message: t('orgs.regionCodeInvalid') }]}
            >
              <Input maxLength={6} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
