import { Card, Empty, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../ui/format-time';
import { useReports } from '../hooks/useProgress';
import { attachmentUrl } from '../progress-api';
import type { Indicator, Report } from '../types';
import { ReportReview } from './ReportReview';

const REVIEW_COLORS = { submitted: 'processing', approved: 'success', returned: 'error' } as const;

/** Reports on one item, newest round first, with attachments, leaders' comments and (for approvers) review. */
export function ReportsHistory({
  itemId,
  indicators,
  canApprove,
}: {
  itemId: string;
  indicators: readonly Indicator[];
  canApprove: boolean;
}) {
  const { t } = useTranslation();
  const reports = useReports(itemId);
  const items = [...(reports.data?.items ?? [])].sort(
    (a, b) => b.roundLabel.localeCompare(a.roundLabel) || b.submittedAt.localeCompare(a.submittedAt),
  );
  const nameOf = (id: string) => indicators.find((i) => i.id === id)?.name ?? id;

  const renderReport = (r: Report) => (
    <div
      key={r.id}
      data-testid={`report-${r.id}`}
      data-review={r.reviewState}
      style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{r.roundLabel}</Typography.Text>
          <span>{r.unitName}</span>
          <Tag data-testid={`report-percent-${r.id}`}>{r.percent}%</Tag>
          {r.isLate ? (
            <Tag color="error">{t('workplan.reports.late')}</Tag>
          ) : (
            <Tag color="success">{t('workplan.reports.onTime')}</Tag>
          )}
          <Tag color={REVIEW_COLORS[r.reviewState]} data-testid={`report-review-${r.id}`}>
            {t(`workplan.reports.reviewStates.${r.reviewState}`)}
          </Tag>
          <Typography.Text type="secondary">
            <time dateTime={r.submittedAt}>{formatInstant(r.submittedAt)}</time> · {r.submittedBy}
          </Typography.Text>
        </Space>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.text}</Typography.Paragraph>
        {r.values.length > 0 ? (
          <Typography.Text type="secondary">
            {r.values.map((v) => `${nameOf(v.indicatorId)}: ${v.value}`).join('；')}
          </Typography.Text>
        ) : null}
        {r.attachments.length > 0 ? (
          <Space wrap>
            {t('workplan.reports.attachments')}:
            {r.attachments.map((a) => (
              <a key={a.id} href={attachmentUrl(a.id)} download={a.filename}>
                {a.filename} ({Math.ceil(a.size / 1024)} KB)
              </a>
            ))}
          </Space>
        ) : null}
        {r.comments.map((c) => (
          <Typography.Text key={`${c.at}-${c.author}`} type="secondary">
            💬 {c.author} <time dateTime={c.at}>{formatInstant(c.at)}</time>：{c.text}
          </Typography.Text>
        ))}
        {canApprove ? <ReportReview reportId={r.id} /> : null}
      </Space>
    </div>
  );

  return (
    <Card size="small" title={t('workplan.reports.title')}>
      {reports.isPending ? <Spin /> : null}
      {items.length === 0 && !reports.isPending ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workplan.reports.none')} />
      ) : (
        <div data-testid="reports-list">{items.map(renderReport)}</div>
      )}
    </Card>
  );
}
