import type { SupervisionNotice } from '@ecocloud/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const DUE_COLORS = { ok: 'default', due_soon: 'warning', overdue: 'error' } as const;

/** An open notice's reply day with how near it is; an answered one shows that it was answered. */
export function NoticeDueTag({ notice, testId }: { notice: SupervisionNotice; testId?: string }) {
  const { t } = useTranslation();
  const s = (key: string) => t(`rectification.supervision.${key}`);
  if (notice.state === 'replied')
    return (
      <Tag color="success" data-testid={testId}>
        {s('states.replied')}
      </Tag>
    );
  return (
    <Tag color={DUE_COLORS[notice.dueState]} data-testid={testId}>
      {`${s('replyDue')} ${notice.replyDue} · ${s(`dueStates.${notice.dueState}`)}`}
    </Tag>
  );
}
