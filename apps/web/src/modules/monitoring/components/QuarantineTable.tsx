import { Button, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { quarantineReasonText } from '../../../i18n/code-text';
import { formatInstant } from '../../../ui/format-time';
import type { QuarantineEntry } from '../types';

type Props = {
  entries: QuarantineEntry[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  /** Opens the raw text in the packet inspector; absent when the user may not use it. */
  onInspect?: (entry: QuarantineEntry) => void;
};

/** Frames and messages the ingest refused, kept with the reason (nothing acknowledged is lost). */
export function QuarantineTable({ entries, total, loading, page, pageSize, onPage, onInspect }: Props) {
  const { t } = useTranslation();
  return (
    <Table<QuarantineEntry>
      data-testid="quarantine-table"
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={entries}
      scroll={{ x: 1100 }}
      onRow={(entry) => (onInspect ? { onClick: () => onInspect(entry), style: { cursor: 'pointer' } } : {})}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showTotal: (n) => t('common.total', { total: n }),
      }}
      onChange={(p) => onPage(p.current ?? 1, p.pageSize ?? pageSize)}
      columns={[
        {
          key: 'receivedAt',
          title: t('monitoring.quarantine.receivedAt'),
          width: 170,
          render: (_, e) => formatInstant(e.receivedAt),
        },
        { key: 'source', dataIndex: 'source', title: t('monitoring.quarantine.source'), width: 90 },
        {
          key: 'remote',
          title: t('monitoring.quarantine.remote'),
          width: 140,
          render: (_, e) => e.remote ?? t('common.none'),
        },
        { key: 'mn', title: 'MN', render: (_, e) => (e.mn ? <code translate="no">{e.mn}</code> : t('common.none')) },
        {
          key: 'reasonCode',
          title: t('monitoring.quarantine.reasonCode'),
          render: (_, e) => (
            <Typography.Text code translate="no">
              {e.reasonCode}
            </Typography.Text>
          ),
        },
        {
          key: 'reason',
          title: t('monitoring.quarantine.reason'),
          render: (_, e) => (
            <Tooltip title={e.reason}>
              <span data-testid="quarantine-reason">{quarantineReasonText(e.reasonCode, e.reason, t)}</span>
            </Tooltip>
          ),
        },
        {
          // A row may stand for a run of junk or inputs over the gateway's write rate: the raw text is the first of them.
          key: 'count',
          title: t('monitoring.quarantine.count'),
          width: 90,
          render: (_, e) =>
            e.count > 1 ? (
              <Tooltip
                title={t('monitoring.quarantine.countDetail', {
                  bytes: e.totalBytes.toLocaleString(),
                  last: formatInstant(e.lastReceivedAt),
                })}
              >
                <Typography.Text strong data-testid={`quarantine-count-${e.id}`}>
                  {e.count.toLocaleString()}
                </Typography.Text>
              </Tooltip>
            ) : (
              e.count
            ),
        },
        {
          key: 'raw',
          title: t('monitoring.quarantine.raw'),
          width: 260,
          render: (_, e) => (
            <Typography.Text code ellipsis={{ tooltip: e.raw }} style={{ maxWidth: 240 }}>
              {e.raw}
            </Typography.Text>
          ),
        },
        ...(onInspect
          ? [
              {
                key: 'inspect',
                title: t('common.actions'),
                render: (_: unknown, e: QuarantineEntry) => (
                  <Button size="small" data-testid={`quarantine-inspect-${e.id}`} onClick={() => onInspect(e)}>
                    {t('monitoring.quarantine.inspect')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
