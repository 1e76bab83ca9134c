import { HORIZONS } from '@ecocloud/contracts';
import { Button, Checkbox, Col, Form, Input, Row, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRegionOptions } from '../../compliance/hooks/useRegionOptions';
import { OrgSelect } from '../../orgs/shared';
import { useBatches } from '../hooks/useRectification';
import { measuresOf, type ProblemFormValues } from '../problem-form-values';

const MAX_MEASURES = 30;

/**
 * The fields of a problem's plan (Code art. 29: 整改实施主体, target, deadline, measures, acceptance unit, horizon)
 * with the API's bounds checked here first, in the user's language. Batch and item number are fixed once the
 * problem exists (`isEdit`).
 */
export function ProblemForm({
  form,
  initialValues,
  isEdit,
  saving,
  onSubmit,
}: {
  form: FormInstance<ProblemFormValues>;
  initialValues: Partial<ProblemFormValues>;
  isEdit: boolean;
  saving: boolean;
  onSubmit: (values: ProblemFormValues) => void;
}) {
  const { t } = useTranslation();
  const batches = useBatches();
  const regions = useRegionOptions();
  const f = (key: string) => t(`rectification.form.${key}`);
  const required = { required: true, whitespace: true, message: f('required') };
  const max = (n: number) => ({ max: n, message: t('rectification.form.tooLong', { max: n }) });
  const measuresRule = {
    validator: async (_: unknown, text?: string) => {
      const list = measuresOf(text ?? '');
      if (!list.length) throw new Error(f('measuresRequired'));
      if (list.length > MAX_MEASURES) throw new Error(t('rectification.form.tooManyMeasures', { max: MAX_MEASURES }));
      if (list.some((m) => m.length > 1000)) throw new Error(t('rectification.form.tooLong', { max: 1000 }));
    },
  };
  return (
    <Form<ProblemFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      data-testid="problem-form"
    >
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="batchId" label={f('batch')} rules={[required]}>
            <Select
              disabled={isEdit}
              data-testid="problem-form-batch"
              options={(batches.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="itemNo" label={f('itemNo')} rules={[required, max(40)]}>
            <Input disabled={isEdit} data-testid="problem-form-itemNo" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="problem" label={f('problem')} rules={[required, max(4000)]}>
        <Input.TextArea rows={3} data-testid="problem-form-problem" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="regionCode" label={f('region')} rules={[required]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={regions} data-testid="problem-form-region" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <div data-testid="problem-form-leadOrg">
            <Form.Item name="leadOrgId" label={f('leadOrg')} rules={[required]}>
              <OrgSelect />
            </Form.Item>
          </div>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="category" label={f('category')} rules={[max(60)]}>
            <Input data-testid="problem-form-category" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="acceptanceUnit" label={f('acceptanceUnit')} rules={[required, max(200)]}>
            <Input data-testid="problem-form-acceptanceUnit" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="coUnits" label={f('coUnits')} rules={[max(500)]}>
            <Input data-testid="problem-form-coUnits" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="target" label={f('target')} rules={[required, max(2000)]}>
        <Input.TextArea rows={2} data-testid="problem-form-target" />
      </Form.Item>
      <Form.Item name="measuresText" label={f('measures')} extra={f('measuresHint')} rules={[measuresRule]}>
        <Input.TextArea rows={4} data-testid="problem-form-measures" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="deadline" label={f('deadline')} rules={[required]}>
            <Input type="date" data-testid="problem-form-deadline" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="horizon" label={f('horizon')} rules={[{ required: true, message: f('required') }]}>
            <Select
              data-testid="problem-form-horizon"
              options={HORIZONS.map((h) => ({ value: h, label: t(`rectification.horizons.${h}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="complaintBatchRef" label={f('complaintBatchRef')} rules={[max(100)]}>
            <Input data-testid="problem-form-complaintBatchRef" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="isPublic" valuePropName="checked">
        <Checkbox data-testid="problem-form-isPublic">{f('isPublic')}</Checkbox>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="problem-form-submit">
        {t('common.save')}
      </Button>
    </Form>
  );
}
