import { App, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReviewReport } from '../hooks/useProgress';
import type { ReviewDecision } from '../types';

/** A leader's approve / return / comment on one report; returning and commenting need text. */
export function ReportReview({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [comment, setComment] = useState('');
  const review = useReviewReport();
  const send = (decision: ReviewDecision) =>
    review.mutate(
      { reportId, decision, comment: comment.trim() },
      {
        onSuccess: () => {
          setComment('');
          void message.success(t('workplan.reports.reviewed'));
        },
      },
    );
  const needsText = comment.trim() === '';
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        data-testid={`review-comment-${reportId}`}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        placeholder={t('workplan.reports.commentPlaceholder')}
      />
      <Button data-testid={`review-approve-${reportId}`} onClick={() => send('approve')} loading={review.isPending}>
        {t('workplan.reports.approve')}
      </Button>
      <Button data-testid={`review-return-${reportId}`} danger disabled={needsText} onClick={() => send('return')}>
        {t('workplan.reports.return')}
      </Button>
      <Button data-testid={`review-comment-send-${reportId}`} disabled={needsText} onClick={() => send('comment')}>
        {t('workplan.reports.comment')}
      </Button>
    </Space.Compact>
  );
}
