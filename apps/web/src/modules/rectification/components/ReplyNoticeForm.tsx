import { Alert, App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { rectificationErrorText } from '../error-text';
import { useReplyNotice } from '../hooks/useSupervision';

/** The rectifying unit's reply to an open notice. */
export function ReplyNoticeForm({ noticeId }: { noticeId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reply: string }>();
  const reply = useReplyNotice();
  const s = (key: string) => t(`rectification.supervision.${key}`);
  return (
    <Form<{ reply: string }>
      form={form}
      layout="inline"
      style={{ rowGap: 8 }}
      onFinish={(v) =>
        reply.mutate({ id: noticeId, reply: v.reply }, { onSuccess: () => void message.success(s('replied')) })
      }
    >
      <Form.Item
        name="reply"
        style={{ flex: 1, minWidth: 240 }}
        rules={[
          { required: true, whitespace: true, message: t('rectification.form.required') },
          { max: 4000, message: t('rectification.form.tooLong', { max: 4000 }) },
        ]}
      >
        <Input.TextArea rows={2} placeholder={s('replyText')} data-testid={`supervision-reply-text-${noticeId}`} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={reply.isPending} data-testid={`supervision-reply-${noticeId}`}>
        {s('reply')}
      </Button>
      {reply.error ? (
        <Alert type="error" showIcon style={{ width: '100%' }} title={rectificationErrorText(reply.error, t)} />
      ) : null}
    </Form>
  );
}
