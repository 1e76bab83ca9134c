import type { ComplaintActionBody, ComplaintDetail } from '@ecocloud/contracts';
import { Alert, Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { complaintErrorText } from '../error-text';
import { useComplaintAction } from '../hooks/useComplaints';

type Kind = ComplaintActionBody['kind'];

/** The fields each step asks for; the server checks the state, the permission and the days. */
function Fields({ kind, detail }: { kind: Kind; detail: ComplaintDetail }) {
  const { t } = useTranslation();
  switch (kind) {
    case 'accept':
      return (
        <>
          <Form.Item name="classification" label={t('complaints.form.classification')} rules={[{ required: true }]}>
            <Select
              data-testid="action-classification"
              options={['violation', 'petition', 'elsewhere'].map((c) => ({
                value: c,
                label: t(`complaints.classes.${c}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="referral" label={t('complaints.form.referral')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      );
    case 'merge':
      return (
        <Form.Item name="intoId" label={t('complaints.form.intoId')} rules={[{ required: true }]}>
          <Select
            data-testid="action-merge-into"
            options={detail.possibleDuplicates.map((d) => ({
              value: d.id,
              label: `${d.ref} ${d.receivedOn} ${d.address}`,
            }))}
          />
        </Form.Item>
      );
    case 'transfer':
      return (
        <>
          <Form.Item name="orgId" label={t('complaints.form.orgId')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="reason" label={t('complaints.form.reason')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
        </>
      );
    case 'link_case':
      return (
        <Form.Item name="caseId" label={t('complaints.form.caseId')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
      );
    case 'extend':
      return (
        <>
          <Form.Item name="days" label={t('complaints.form.days')} rules={[{ required: true }]}>
            <InputNumber min={1} max={30} />
          </Form.Item>
          <Form.Item name="reason" label={t('complaints.form.reason')} rules={[{ required: true, min: 2 }]}>
            <Input />
          </Form.Item>
        </>
      );
    case 'draft_answer':
    case 'answer_review':
    case 'answer_rereview':
      return (
        <>
          <Form.Item name="answer" label={t('complaints.form.answer')} rules={[{ required: true, min: 5 }]}>
            <Input.TextArea rows={5} data-testid="action-answer" />
          </Form.Item>
          {kind === 'draft_answer' ? (
            <Form.Item name="substantiated" valuePropName="checked" initialValue={false}>
              <Checkbox data-testid="action-substantiated">{t('complaints.form.substantiated')}</Checkbox>
            </Form.Item>
          ) : null}
        </>
      );
    case 'return_answer':
      return (
        <Form.Item name="note" label={t('complaints.form.note')} rules={[{ required: true, min: 2 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      );
    case 'approve_answer':
      return <Alert type="info" showIcon title={detail.draftAnswer ?? ''} />;
  }
}

export function ActionModal({
  kind,
  detail,
  onClose,
}: {
  kind: Kind | null;
  detail: ComplaintDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const action = useComplaintAction(detail.id);
  return (
    <Modal
      open={kind !== null}
      title={kind ? t(`complaints.actions.${kind}`) : ''}
      onCancel={() => {
        action.reset();
        onClose();
      }}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'action-save' }}
      okText={t('complaints.form.save')}
      confirmLoading={action.isPending}
      destroyOnHidden
    >
      {kind ? (
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={(values: Record<string, unknown>) =>
            action.mutate({ kind, ...values } as ComplaintActionBody, {
              onSuccess: () => {
                action.reset();
                onClose();
              },
            })
          }
        >
          <Fields kind={kind} detail={detail} />
          {action.error ? <Alert type="error" showIcon title={complaintErrorText(action.error, t)} /> : null}
        </Form>
      ) : null}
    </Modal>
  );
}
