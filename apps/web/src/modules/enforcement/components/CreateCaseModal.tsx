import { VIOLATIONS } from '@ecocloud/contracts';
import { Alert, App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { caseErrorText } from '../error-text';
import { useCreateCase, useEnterpriseSearch } from '../hooks/useCases';
import { violationText } from '../labels';
import { shanghaiToday } from '../today';
import { casePath } from './CasesTable';

type Values = {
  enterpriseId: string;
  violation: (typeof VIOLATIONS)[number];
  actDate: string;
  actEndDate?: string;
  leadFoundOn?: string;
  causedHarm?: boolean;
  title?: string;
  facts?: string;
};

/**
 * Opens a case by hand (a complaint, an inspection finding): the party from the register in the user's
 * scope, the violation, the act's days and the facts. The filing clock starts from the day the lead was
 * found (today unless given). The new case's page opens.
 */
export function CreateCaseModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const enterprises = useEnterpriseSearch(q, open);
  const create = useCreateCase();
  const today = shanghaiToday();
  const actDate = Form.useWatch('actDate', form);

  const submit = async () => {
    const v = await form.validateFields();
    const detail = await create.mutateAsync({
      enterpriseId: v.enterpriseId,
      violation: v.violation,
      actDate: v.actDate,
      actEndDate: v.actEndDate || null,
      causedHarm: v.causedHarm ?? false,
      facts: (v.facts ?? '').trim(),
      ...(v.title?.trim() ? { title: v.title.trim() } : {}),
      ...(v.leadFoundOn ? { leadFoundOn: v.leadFoundOn } : {}),
    });
    void message.success(t('enforcement.create.created', { caseNo: detail.caseNo }));
    onClose();
    void navigate(casePath(detail.id));
  };

  const required = { required: true, message: t('common.required') };
  const notFuture = {
    validator: (_: unknown, value?: string) =>
      !value || value <= today ? Promise.resolve() : Promise.reject(new Error(t('enforcement.event.dateFuture'))),
  };
  return (
    <Modal
      open={open}
      title={t('enforcement.create.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'case-create-submit' }}
      confirmLoading={create.isPending}
      onOk={() => submit().catch(() => undefined)} // shown by the form or the alert
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ causedHarm: false }}>
        <Form.Item name="enterpriseId" label={t('enforcement.create.enterprise')} rules={[required]}>
          <Select
            data-testid="case-create-enterprise"
            showSearch={{ filterOption: false, onSearch: setQ }}
            placeholder={t('enforcement.create.enterpriseSearch')}
            loading={enterprises.isFetching}
            options={(enterprises.data?.items ?? []).map((e) => ({
              value: e.id,
              label: e.regionName ? `${e.name}（${e.regionName}）` : e.name,
            }))}
          />
        </Form.Item>
        <Form.Item name="violation" label={t('enforcement.field.violation')} rules={[required]}>
          <Select
            data-testid="case-create-violation"
            options={VIOLATIONS.map((v) => ({ value: v, label: violationText(v, t) }))}
          />
        </Form.Item>
        <Form.Item name="actDate" label={t('enforcement.field.actDate')} rules={[required, notFuture]}>
          <Input type="date" max={today} data-testid="case-create-act-date" />
        </Form.Item>
        <Form.Item
          name="actEndDate"
          label={t('enforcement.field.actEndDate')}
          rules={[
            notFuture,
            {
              validator: (_, value?: string) =>
                !value || !actDate || value >= actDate
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('enforcement.eventErrors.date'))),
            },
          ]}
        >
          <Input type="date" max={today} data-testid="case-create-act-end-date" />
        </Form.Item>
        <Form.Item name="leadFoundOn" label={t('enforcement.field.leadFoundOn')} rules={[notFuture]}>
          <Input type="date" max={today} data-testid="case-create-found-on" />
        </Form.Item>
        <Form.Item name="causedHarm" valuePropName="checked">
          <Checkbox data-testid="case-create-harm">{t('enforcement.field.causedHarm')}</Checkbox>
        </Form.Item>
        <Form.Item name="title" label={t('enforcement.field.title')}>
          <Input
            maxLength={300}
            placeholder={t('enforcement.create.titlePlaceholder')}
            data-testid="case-create-title"
          />
        </Form.Item>
        <Form.Item name="facts" label={t('enforcement.field.facts')}>
          <Input.TextArea
            rows={3}
            maxLength={10_000}
            placeholder={t('enforcement.create.factsPlaceholder')}
            data-testid="case-create-facts"
          />
        </Form.Item>
      </Form>
      {create.error ? (
        <Alert type="error" showIcon title={caseErrorText(create.error, t)} data-testid="case-create-error" />
      ) : null}
    </Modal>
  );
}
