import type { Enterprise, EnterpriseInput } from '@ecocloud/contracts';
import { Col, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { ContactsField } from './ContactsField';
import { useUpdateEnterprise } from '../hooks/useRegisterWrites';
import { useWriteFailure } from '../hooks/useWriteFailure';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/http';
import { useCreateEnterprise } from '../hooks/useSources';
import { useDictionaryEntries } from '../hooks/useDictionary';
import { labelOptions } from '../labels';
import { expectedFromDetails, usccProblem } from '../uscc-check';
import { LocationFields } from './LocationFields';

type Values = {
  uscc: string;
  name: string;
  industryCode: string;
  regionCode: string;
  address?: string;
  lon?: number | null;
  lat?: number | null;
  category: Enterprise['category'];
  keyListTypes?: Enterprise['keyListTypes'];
  keyListYear?: number | null;
  legalRepresentative?: string;
  contacts?: { name: string; title?: string; phone?: string }[];
  status?: Enterprise['status'];
};

/**
 * Creates an enterprise, or edits one (`enterprise`: its credit code is then fixed, the rest a PATCH).
 * The credit code's check character is verified here as on the server (GB 32100).
 */
export function EnterpriseFormModal({
  open,
  enterprise,
  onClose,
  onSaved,
}: {
  open: boolean;
  enterprise?: Enterprise;
  onClose: () => void;
  onSaved: (e: Enterprise) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateEnterprise();
  const update = useUpdateEnterprise(enterprise?.id ?? '');
  const fail = useWriteFailure(form);
  const regions = useDictionaryEntries('region');
  const industries = useDictionaryEntries('industry_class');

  const submit = async () => {
    const v = await form.validateFields();
    const input: EnterpriseInput = {
      ...v,
      address: v.address ?? '',
      lon: v.lon ?? null,
      lat: v.lat ?? null,
      keyListTypes: v.keyListTypes ?? [],
      keyListYear: v.keyListYear ?? null,
      legalRepresentative: v.legalRepresentative ?? '',
      contacts: (v.contacts ?? []).map((c) => ({ name: c.name, title: c.title ?? '', phone: c.phone ?? '' })),
      status: v.status ?? 'operating',
    };
    try {
      // The server's PATCH schema fills absent fields with their create defaults (enterpriseOrgId → null):
      // an edit sends the enterprise's own organisation back so the enterprise keeps its accounts.
      const { uscc: _fixed, ...patch } = input;
      const saved = enterprise
        ? await update.mutateAsync({ ...patch, enterpriseOrgId: enterprise.enterpriseOrgId })
        : await create.mutateAsync(input);
      onSaved(saved);
      onClose();
    } catch (error) {
      // An edit words its own failure (silent mutation); a creation is shown by the app's notifier.
      if (enterprise) fail(error);
      // The server's own check: show the expected character beside the field as well as in the toast.
      const expected =
        isApiError(error) && error.code === 'USCC_CHECK_DIGIT' ? expectedFromDetails(error.details) : null;
      if (expected) form.setFields([{ name: 'uscc', errors: [t('sources.form.usccCheck', { expected })] }]);
    }
  };

  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open={open}
      title={t(enterprise ? 'sources.form.editTitle' : 'sources.form.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'enterprise-submit' }}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => submit().catch(() => undefined)}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={enterprise ?? { category: 'simplified', status: 'operating' }}
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="uscc"
              label={t('sources.field.uscc')}
              rules={[
                required,
                {
                  // An existing code is the register's key: it is shown, not checked again.
                  validator: (_, value: string | undefined) => {
                    const problem = value && !enterprise ? usccProblem(value) : null;
                    return problem ? Promise.reject(new Error(t(problem.key, problem.values))) : Promise.resolve();
                  },
                },
              ]}
            >
              <Input
                data-testid="enterprise-uscc"
                maxLength={18}
                disabled={enterprise !== undefined}
                style={{ textTransform: 'uppercase' }}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="name" label={t('sources.field.name')} rules={[{ ...required, whitespace: true }]}>
              <Input data-testid="enterprise-name" maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="industryCode" label={t('sources.field.industry')} rules={[required]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={(industries.data ?? []).map((e) => ({ value: e.code, label: e.label }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="regionCode" label={t('sources.field.region')} rules={[required]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={(regions.data ?? []).map((e) => ({ value: e.code, label: e.label }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="category" label={t('sources.field.category')} rules={[required]}>
              <Select options={labelOptions('categories', t)} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="legalRepresentative" label={t('sources.field.legalRepresentative')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="status" label={t('sources.field.status')}>
              <Select data-testid="enterprise-status" options={labelOptions('enterpriseStatuses', t)} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label={t('sources.field.address')}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <LocationFields />
          <Col span={6}>
            <Form.Item name="keyListYear" label={t('sources.field.keyListYear')}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="keyListTypes" label={t('sources.field.keyList')}>
              <Select mode="multiple" options={labelOptions('keyListTypes', t)} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <ContactsField />
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
