import type { SupervisionNotice } from '@ecocloud/contracts';
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../ui/format-time';
import { NoticeDueTag } from './NoticeDueTag';
import { NoticeLevelTag } from './NoticeLevelTag';
import { ReplyNoticeForm } from './ReplyNoticeForm';

/** One supervision notice: level, reply day, the unit, the reason, its history and the reply (or a reply form). */
export function NoticeItem({ notice: n }: { notice: SupervisionNotice }) {
  const { t } = useTranslation();
  const s = (key: string) => t(`rectification.supervision.${key}`);
  return (
    <div
      data-testid={`supervision-notice-${n.id}`}
      data-state={n.state}
      style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap>
          <NoticeLevelTag level={n.level} testId={`supervision-level-${n.id}`} />
          <NoticeDueTag notice={n} testId={`supervision-due-${n.id}`} />
          <span>
            {s('unit')}：{n.orgName}
          </span>
        </Space>
        <Typography.Text>{n.reason}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {n.history
            .map((h) => `${formatInstant(h.at)} ${s(`events.${h.event}`)}（${s(`levels.${h.level}`)}）`)
            .join(' → ')}
          {n.issuedBy ? ` · ${s('issuedBy')}：${n.issuedBy}` : ''}
        </Typography.Text>
        {n.reply ? (
          <Typography.Text data-testid={`supervision-reply-shown-${n.id}`}>
            ↳ {n.reply}
            {n.repliedBy ? `（${n.repliedBy}）` : ''}
          </Typography.Text>
        ) : null}
        {n.canReply ? <ReplyNoticeForm noticeId={n.id} /> : null}
      </Space>
    </div>
  );
}
