import type { ProblemDetail } from '@ecocloud/contracts';
import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../auth/shared';
import { useNotices } from '../hooks/useSupervision';
import { EscalateButton } from './EscalateButton';
import { IssueNoticeForm } from './IssueNoticeForm';
import { NoticeItem } from './NoticeItem';

/**
 * 督办 on the problem page: its supervision notices (level, reply day, state, history), the reply for the
 * rectifying unit, a new notice for those who supervise (one open notice at a time, none on a closed problem)
 * and the escalation of late ones.
 */
export function SupervisionCard({ detail }: { detail: ProblemDetail }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const notices = useNotices({ problemId: detail.id });
  const list = notices.data?.items ?? [];
  const canSupervise = hasPermission(me, 'rectification:supervise');
  const open = list.some((n) => n.state === 'open');
  const late = list.some((n) => n.state === 'open' && n.dueState === 'overdue');
  const s = (key: string) => t(`rectification.supervision.${key}`);
  return (
    <Card
      title={s('panel')}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="supervision-card"
      extra={canSupervise && late ? <EscalateButton /> : null}
    >
      {list.length === 0 && !notices.isPending ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={s('none')} />
      ) : null}
      <div data-testid="supervision-list">
        {list.map((n) => (
          <NoticeItem key={n.id} notice={n} />
        ))}
      </div>
      {canSupervise && detail.state !== 'closed' ? (
        open ? (
          <Typography.Text type="secondary" data-testid="supervision-open-hint">
            {s('openNotice')}
          </Typography.Text>
        ) : (
          <IssueNoticeForm problemId={detail.id} />
        )
      ) : null}
    </Card>
  );
}
