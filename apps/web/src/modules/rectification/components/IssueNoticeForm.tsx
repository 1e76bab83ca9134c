import { Alert, App, Button, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { rectificationErrorText } from '../error-text';
import { useIssueNotice } from '../hooks/useSupervision';

type Values = { reason: string; replyWorkingDays: number };

/** Issues a supervision notice to the problem's rectifying unit, the reply due in working days (5 by default). */
export function IssueNoticeForm({ problemId }: { problemId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const issue = useIssueNotice(problemId);
  const s = (key: string) => t(`rectification.supervision.${key}`);
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      style={{ marginTop: 12 }}
      initialValues={{ replyWorkingDays: 5 }}
      onFinish={(v) =>
        issue.mutate(v, {
          onSuccess: () => {
            form.resetFields();
            void message.success(s('issued'));
          },
        })
      }
    >
      <Form.Item
        name="reason"
        label={s('reason')}
        rules={[
          { required: true, whitespace: true, message: t('rectification.form.required') },
          { max: 2000, message: t('rectification.form.tooLong', { max: 2000 }) },
        ]}
      >
        <Input.TextArea rows={2} data-testid="supervision-reason" />
      </Form.Item>
      <Form.Item
        name="replyWorkingDays"
        label={s('replyWorkingDays')}
        rules={[{ required: true, message: t('rectification.form.required') }]}
      >
        <InputNumber min={1} max={60} precision={0} data-testid="supervision-days" />
      </Form.Item>
      {issue.error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          title={rectificationErrorText(issue.error, t)}
          data-testid="supervision-error"
        />
      ) : null}
      <Button type="primary" htmlType="submit" loading={issue.isPending} data-testid="supervision-issue">
        {s('issue')}
      </Button>
    </Form>
  );
}
