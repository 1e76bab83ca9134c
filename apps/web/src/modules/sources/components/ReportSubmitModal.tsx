import type { ExecutionReport, ExecutionReportInput } from '@ecocloud/contracts';
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSubmitReport } from '../hooks/useSources';
import { label, periodText } from '../labels';

type Values = { report: string; summary?: string; submittedOn?: string };
const keyOf = (r: ExecutionReport) => `${r.permitId}|${r.frequency}|${r.periodKey}`;

/**
 * Submits an execution report for one of the periods still open. The enterprise submits online;
 * staff entering a paper report give the day it was received (`submittedOn`).
 */
export function ReportSubmitModal({
  open,
  reports,
  isStaff,
  onClose,
  onSaved,
}: {
  open: boolean;
  reports: ExecutionReport[];
  isStaff: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const submit = useSubmitReport();
  const openPeriods = reports.filter((r) => r.id === null && (r.state === 'pending' || r.state === 'missing'));

  const save = async () => {
    const v = await form.validateFields();
    const chosen = openPeriods.find((r) => keyOf(r) === v.report);
    if (!chosen) return;
    const input: ExecutionReportInput = {
      permitId: chosen.permitId,
      frequency: chosen.frequency,
      periodKey: chosen.periodKey,
      summary: v.summary ?? '',
      ...(isStaff && v.submittedOn ? { submittedOn: v.submittedOn } : {}),
    };
    await submit.mutateAsync(input);
    onSaved();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('sources.reports.submit')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={submit.isPending}
      onOk={() => save().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="report"
          label={t('sources.reports.period')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            data-testid="report-period"
            options={openPeriods.map((r) => ({
              value: keyOf(r),
              label: `${r.enterpriseName} · ${r.permitNo} · ${label('frequencies', r.frequency, t)} · ${periodText(r.periodKey, t)}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="summary" label={t('sources.reports.summary')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        {isStaff ? (
          <Form.Item
            name="submittedOn"
            label={t('sources.reports.submittedOn')}
            extra={t('sources.reports.submittedOnHint')}
          >
            <Input type="date" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
