import type { Enterprise, Permit, PermitInput } from '@ecocloud/contracts';
import { Checkbox, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWriteFailure } from '../hooks/useWriteFailure';
import { useCreatePermit } from '../hooks/useRegisterWrites';
import { labelOptions, shanghaiToday } from '../labels';

type Values = {
  permitNo: string;
  kind: Permit['kind'];
  category: Permit['category'];
  issuer?: string;
  validFrom: string;
  validTo: string;
  reportFrequencies: Permit['reportFrequencies'];
};

/** A permit runs five years (条例 §13): from 2025-03-01 to 2030-02-28, the day before the anniversary. */
export function fiveYearsFrom(validFrom: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(validFrom);
  if (!m) return '';
  const [, y, mo, d] = m;
  const end = new Date(Date.UTC(Number(y) + 5, Number(mo) - 1, Number(d)) - 86_400_000);
  return end.toISOString().slice(0, 10);
}

/**
 * Adds a permit (排污许可证) or a registration form (排污登记表) to an enterprise: number, category,
 * issuer, validity (five years by default, following the start date) and report frequencies. Its
 * limits are edited afterwards, per outlet, in the limits editor.
 */
export function PermitFormModal({
  open,
  enterprise,
  onClose,
  onSaved,
}: {
  open: boolean;
  enterprise: Enterprise;
  onClose: () => void;
  onSaved: (p: Permit) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const fail = useWriteFailure(form);
  const create = useCreatePermit(enterprise.id);

  const submit = async () => {
    const v = await form.validateFields();
    const input: PermitInput = { ...v, issuer: v.issuer?.trim() ?? '', limits: [] };
    try {
      const saved = await create.mutateAsync(input);
      onSaved(saved);
      onClose();
    } catch (error) {
      fail(error);
    }
  };

  const required = { required: true, message: t('common.required') };
  const today = shanghaiToday();
  return (
    <Modal
      open={open}
      title={t('sources.permitForm.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'permit-submit' }}
      confirmLoading={create.isPending}
      onOk={() => submit().catch(() => undefined)}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          kind: 'permit',
          category: enterprise.category,
          validFrom: today,
          validTo: fiveYearsFrom(today),
          reportFrequencies: ['annual'],
        }}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.validFrom) form.setFieldValue('validTo', fiveYearsFrom(changed.validFrom));
        }}
      >
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item name="permitNo" label={t('sources.field.permitNo')} rules={[{ ...required, whitespace: true }]}>
              <Input data-testid="permit-no" maxLength={60} translate="no" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="kind" label={t('sources.field.permitKind')} rules={[required]}>
              <Select options={labelOptions('permitKinds', t)} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="category" label={t('sources.field.category')} rules={[required]}>
              <Select options={labelOptions('categories', t)} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="issuer" label={t('sources.field.issuer')}>
              <Input maxLength={100} data-testid="permit-issuer" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="validFrom" label={t('sources.field.validFrom')} rules={[required]}>
              <Input type="date" data-testid="permit-valid-from" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="validTo"
              label={t('sources.field.validTo')}
              extra={t('sources.permitForm.fiveYears')}
              dependencies={['validFrom']}
              rules={[
                required,
                ({ getFieldValue }) => ({
                  validator: (_, value: string | undefined) =>
                    !value || value > String(getFieldValue('validFrom') ?? '')
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('importErrors.VALID_TO_BEFORE_FROM'))),
                }),
              ]}
            >
              <Input type="date" data-testid="permit-valid-to" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="reportFrequencies"
              label={t('sources.field.frequencies')}
              rules={[{ type: 'array', min: 1, message: t('common.required') }]}
            >
              <Checkbox.Group options={labelOptions('frequencies', t)} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
