import { EXTENDABLE_CLOCKS, PAUSE_REASONS, REINSPECTION_FINDINGS, type CaseEventKind } from '@ecocloud/contracts';
import { Alert, App, Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { caseErrorText } from '../error-text';
import { eventBody, fieldsOf, type EventValues } from '../event-form';
import { useCaseEvent } from '../hooks/useCases';
import { clockText, eventKindText, findingText, pauseReasonText } from '../labels';
import { shanghaiToday } from '../today';

/**
 * Records one step on a day: the date (not after today), the fields its kind needs (the extension's clock,
 * approval and days; the pause's reason and end; the hearing right; the hearing day; the re-inspection's
 * finding) and a note. A refusal (out of order, beyond the law, the wrong stage) is shown in words here.
 */
export function EventModal({ caseId, kind, onClose }: { caseId: string; kind: CaseEventKind; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EventValues>();
  const record = useCaseEvent(caseId);
  const today = shanghaiToday();
  const fields = fieldsOf(kind);
  const date = Form.useWatch('date', form);
  const kindText = eventKindText(kind, t);

  const submit = async () => {
    const v = await form.validateFields();
    await record.mutateAsync(eventBody(kind, v));
    void message.success(t('enforcement.event.saved', { kind: kindText }));
    onClose();
  };

  const required = { required: true, message: t('common.required') };
  const notFuture = {
    validator: (_: unknown, value?: string) =>
      !value || value <= today ? Promise.resolve() : Promise.reject(new Error(t('enforcement.event.dateFuture'))),
  };
  const notBeforeDate = {
    validator: (_: unknown, value?: string) =>
      !value || !date || value >= date
        ? Promise.resolve()
        : Promise.reject(new Error(t('enforcement.eventErrors.date'))),
  };
  return (
    <Modal
      open
      title={t('enforcement.event.title', { kind: kindText })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'event-submit' }}
      confirmLoading={record.isPending}
      onOk={() => submit().catch(() => undefined)} // shown by the form or the alert
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ date: today, hearingRight: true, by: 'approval', amount: 15 }}
      >
        <Form.Item name="date" label={t('enforcement.event.date')} rules={[required, notFuture]}>
          <Input type="date" max={today} data-testid="event-date" />
        </Form.Item>
        {fields.includes('clock') ? (
          <Form.Item name="clock" label={t('enforcement.event.clock')} rules={[required]}>
            <Select
              data-testid="event-clock"
              options={EXTENDABLE_CLOCKS.map((c) => ({ value: c, label: clockText(c, t) }))}
            />
          </Form.Item>
        ) : null}
        {fields.includes('by') ? (
          <Form.Item name="by" label={t('enforcement.event.by')} rules={[required]}>
            <Select
              data-testid="event-by"
              options={(['approval', 'collective'] as const).map((b) => ({
                value: b,
                label: t(`enforcement.extendBy.${b}`),
              }))}
            />
          </Form.Item>
        ) : null}
        {fields.includes('amount') ? (
          <Form.Item name="amount" label={t('enforcement.event.amount')} rules={[required]}>
            <InputNumber min={1} max={60} precision={0} data-testid="event-amount" />
          </Form.Item>
        ) : null}
        {fields.includes('reason') ? (
          <Form.Item name="reason" label={t('enforcement.event.reason')} rules={[required]}>
            <Select
              data-testid="event-reason"
              options={PAUSE_REASONS.map((r) => ({ value: r, label: pauseReasonText(r, t) }))}
            />
          </Form.Item>
        ) : null}
        {fields.includes('endDate') ? (
          <Form.Item name="endDate" label={t('enforcement.event.endDate')} rules={[notBeforeDate]}>
            <Input type="date" data-testid="event-end-date" />
          </Form.Item>
        ) : null}
        {fields.includes('hearingRight') ? (
          <Form.Item name="hearingRight" valuePropName="checked">
            <Checkbox data-testid="event-hearing-right">{t('enforcement.event.hearingRight')}</Checkbox>
          </Form.Item>
        ) : null}
        {fields.includes('hearingDate') ? (
          <Form.Item name="hearingDate" label={t('enforcement.event.hearingDate')} rules={[required, notBeforeDate]}>
            <Input type="date" data-testid="event-hearing-date" />
          </Form.Item>
        ) : null}
        {fields.includes('finding') ? (
          <Form.Item name="finding" label={t('enforcement.event.finding')} rules={[required]}>
            <Select
              data-testid="event-finding"
              options={REINSPECTION_FINDINGS.map((f) => ({ value: f, label: findingText(f, t) }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('enforcement.event.note')}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="event-note" />
        </Form.Item>
      </Form>
      {record.error ? (
        <Alert
          type="error"
          showIcon
          title={t('enforcement.event.refused')}
          description={caseErrorText(record.error, t)}
          data-testid="event-error"
        />
      ) : null}
    </Modal>
  );
}
