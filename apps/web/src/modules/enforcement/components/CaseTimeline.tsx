import type { CaseDetail } from '@ecocloud/contracts';
import { Card, Empty, Space, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { clockText, eventKindText, findingText, pauseReasonText, yuanText } from '../labels';

type CaseEvent = CaseDetail['events'][number];

const COLORS: Record<string, string> = {
  decided: 'blue',
  paid: 'green',
  closed: 'gray',
  not_filed: 'gray',
  terminated: 'gray',
  paused: 'orange',
  referred_to_police: 'red',
};

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** What an event's own fields say (the extension, the pause, the hearing right, the finding, the fine). */
function eventDetails(e: CaseEvent, t: TFunction): string[] {
  const d = e.data;
  switch (e.kind) {
    case 'extended':
      return [
        t('enforcement.event.extendedText', {
          clock: clockText(str(d.clock), t),
          amount: d.amount,
          by: t(`enforcement.extendBy.${str(d.by)}`, { defaultValue: str(d.by) }),
        }),
      ];
    case 'paused':
      return [
        t('enforcement.event.pauseText', { reason: pauseReasonText(str(d.reason), t) }),
        e.endDate ? t('enforcement.event.pauseUntil', { date: e.endDate }) : t('enforcement.event.pauseOpen'),
      ];
    case 'notice_sent':
      return [t(d.hearingRight ? 'enforcement.event.withHearingRight' : 'enforcement.event.withoutHearingRight')];
    case 'hearing_notified':
      return [t('enforcement.event.hearingOn', { date: str(d.hearingDate) })];
    case 'reinspected':
      return [t('enforcement.event.findingText', { finding: findingText(str(d.finding), t) })];
    case 'decided':
      return typeof d.fineYuan === 'number'
        ? [t('enforcement.event.fineText', { amount: yuanText(d.fineYuan, t) })]
        : [];
    default:
      return [];
  }
}

/** 办理记录: the steps in the order they happened, each with its day, its own fields and its note. */
export function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const events = [...detail.events].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  );
  return (
    <Card title={t('enforcement.detail.timeline')} size="small" style={{ marginBottom: 16 }}>
      {events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enforcement.detail.timelineEmpty')} />
      ) : (
        <Timeline
          data-testid="case-timeline"
          items={events.map((e) => ({
            key: e.id,
            color: COLORS[e.kind] ?? 'blue',
            title: e.date,
            content: (
              <Space orientation="vertical" size={2} data-testid={`timeline-${e.kind}`}>
                <Typography.Text strong>{eventKindText(e.kind, t)}</Typography.Text>
                {eventDetails(e, t).map((line) => (
                  <Typography.Text key={line}>{line}</Typography.Text>
                ))}
                {e.kind === 'lead_found' && detail.leadId ? (
                  // The server notes the lead's id: the link says it in words.
                  <Link to={`/app/compliance/leads?lead=${encodeURIComponent(detail.leadId)}`}>
                    {t('enforcement.event.openLead')}
                  </Link>
                ) : e.note ? (
                  // The officer's own words, kept as written.
                  <Typography.Text type="secondary" translate="no">
                    {e.note}
                  </Typography.Text>
                ) : null}
              </Space>
            ),
          }))}
        />
      )}
    </Card>
  );
}
