import { App, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReplyNotice } from '../hooks/useProgress';

/** The addressed unit's reply to an open supervision notice. */
export function NoticeReply({ noticeId }: { noticeId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reply, setReply] = useState('');
  const send = useReplyNotice();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        data-testid={`notice-reply-input-${noticeId}`}
        value={reply}
        onChange={(e) => setReply(e.target.value)}
        placeholder={t('workplan.notices.replyPlaceholder')}
      />
      <Button
        type="primary"
        data-testid={`notice-reply-submit-${noticeId}`}
        disabled={reply.trim() === ''}
        loading={send.isPending}
        onClick={() =>
          send.mutate(
            { noticeId, reply: reply.trim() },
            { onSuccess: () => void message.success(t('workplan.notices.replied')) },
          )
        }
      >
        {t('workplan.notices.reply')}
      </Button>
    </Space.Compact>
  );
}
