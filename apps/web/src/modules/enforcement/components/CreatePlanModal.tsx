import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { caseErrorText } from '../error-text';
import { useCreatePlan } from '../hooks/useInspections';
import { shanghaiToday } from '../today';

type Values = { regionCode: string; period: string; inspectionDate: string; seed?: string };

export const planPath = (id: string) => `/app/enforcement/inspections/${encodeURIComponent(id)}`;

/**
 * Draws a plan (region, period, inspection date, an optional seed the officer may announce first); the
 * server records the seed and algorithm and the new plan's page opens.
 */
export function CreatePlanModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreatePlan();
  const required = { required: true, message: t('common.required') };

  const submit = async () => {
    const v = await form.validateFields();
    const plan = await create.mutateAsync({
      regionCode: v.regionCode.trim(),
      period: v.period.trim(),
      inspectionDate: v.inspectionDate,
      ...(v.seed?.trim() ? { seed: v.seed.trim() } : {}),
    });
    void message.success(t('enforcement.inspections.created', { count: plan.objectCount }));
    onClose();
    void navigate(planPath(plan.id));
  };

  return (
    <Modal
      open={open}
      title={t('enforcement.inspections.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'plan-create-submit' }}
      confirmLoading={create.isPending}
      onOk={() => submit().catch(() => undefined)} // shown by the form or the alert
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="regionCode"
          label={t('enforcement.inspections.region')}
          rules={[required, { pattern: /^\d{6}$/, message: t('enforcement.inspections.regionHint') }]}
        >
          <Input maxLength={6} placeholder={t('enforcement.inspections.regionHint')} data-testid="plan-create-region" />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('enforcement.inspections.period')}
          rules={[
            required,
            {
              pattern: /^\d{4}-(Q[1-4]|H[12]|(0[1-9]|1[0-2])|Y)$/,
              message: t('enforcement.inspections.periodInvalid'),
            },
          ]}
        >
          <Input placeholder={t('enforcement.inspections.periodHint')} data-testid="plan-create-period" />
        </Form.Item>
        <Form.Item name="inspectionDate" label={t('enforcement.inspections.inspectionDate')} rules={[required]}>
          <Input type="date" min={shanghaiToday()} data-testid="plan-create-date" />
        </Form.Item>
        <Form.Item name="seed" label={t('enforcement.inspections.seed')}>
          <Input maxLength={100} placeholder={t('enforcement.inspections.seedHint')} data-testid="plan-create-seed" />
        </Form.Item>
      </Form>
      {create.error ? (
        <Alert type="error" showIcon title={caseErrorText(create.error, t)} data-testid="plan-create-error" />
      ) : null}
    </Modal>
  );
}
