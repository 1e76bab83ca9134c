import type { ProblemStep } from '@ecocloud/contracts';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { shanghaiToday } from '../files';
import { rectificationErrorText } from '../error-text';
import { useStep } from '../hooks/useRectification';

const WITH_UNIT: ReadonlySet<ProblemStep> = new Set(['self_accept', 'higher_accept', 'reject']);

type Values = { date: string; note?: string; unit?: string; url?: string };

/**
 * Records one step on a day (not after today): a note, the accepting unit for acceptance steps and the
 * notice's address for the notice. A refusal (wrong state, the notice still running) is shown here in words.
 */
export function StepModal({
  problemId,
  step,
  acceptanceUnit,
  onClose,
}: {
  problemId: string;
  step: ProblemStep;
  acceptanceUnit: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useStep(problemId);
  const today = shanghaiToday();
  const submit = async () => {
    const v = await form.validateFields();
    await record.mutateAsync({ step, date: v.date, note: v.note ?? '', unit: v.unit ?? '', url: v.url ?? '' });
    void message.success(t('rectification.problem.saved'));
    onClose();
  };
  return (
    <Modal
      open
      title={t(`rectification.steps.${step}`)}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'step-submit' }}
      confirmLoading={record.isPending}
      onOk={() => submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ date: today, unit: step === 'self_accept' ? acceptanceUnit : '' }}
      >
        <Form.Item
          name="date"
          label={t('rectification.problem.date')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input type="date" max={today} data-testid="step-date" />
        </Form.Item>
        {WITH_UNIT.has(step) ? (
          <Form.Item name="unit" label={t('rectification.problem.unit')}>
            <Input maxLength={200} data-testid="step-unit" />
          </Form.Item>
        ) : null}
        {step === 'notice' ? (
          <Form.Item name="url" label={t('rectification.problem.url')}>
            <Input maxLength={500} data-testid="step-url" />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('rectification.problem.note')}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="step-note" />
        </Form.Item>
      </Form>
      {record.error ? (
        <Alert type="error" showIcon title={rectificationErrorText(record.error, t)} data-testid="step-error" />
      ) : null}
    </Modal>
  );
}
