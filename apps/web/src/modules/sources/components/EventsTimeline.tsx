import type { Permit, PermitEvent } from '@ecocloud/contracts';
import { Empty, Space, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { documentUrl } from '../api';
import { label } from '../labels';

const EVENT_COLORS: Partial<Record<PermitEvent['kind'], string>> = {
  granted: 'green',
  renewed: 'green',
  revoked: 'red',
  cancelled: 'gray',
  withdrawn: 'gray',
};

/** The permits' history, newest first: each event with its permit, note, new expiry and documents. */
export function EventsTimeline({ events, permits }: { events: PermitEvent[]; permits: Permit[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const permitNo = new Map(permits.map((p) => [p.id, p.permitNo]));
  const sorted = [...events].sort(
    (a, b) => b.eventDate.localeCompare(a.eventDate) || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <Timeline
      data-testid="permit-events"
      items={sorted.map((e) => ({
        key: e.id,
        color: EVENT_COLORS[e.kind] ?? 'blue',
        title: e.eventDate,
        content: (
          <Space orientation="vertical" size={2} data-testid={`event-${e.kind}`}>
            <Typography.Text strong>
              {label('eventKinds', e.kind, t)} <span translate="no">{permitNo.get(e.permitId) ?? ''}</span>
            </Typography.Text>
            {e.newValidTo ? (
              <Typography.Text>
                {t('sources.event.newValidTo')}：{e.newValidTo}
              </Typography.Text>
            ) : null}
            {e.note ? <Typography.Text type="secondary">{e.note}</Typography.Text> : null}
            {e.documents.map((d) => (
              <a key={d.id} href={documentUrl(d.id)} download={d.filename} translate="no">
                {t('sources.file.download')} {d.filename}
              </a>
            ))}
          </Space>
        ),
      }))}
    />
  );
}
