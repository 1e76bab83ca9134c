import { Button, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../ui/format-time';
import { alertText } from '../alert-text';
import { parameterLabel } from '../parameters';
import type { Alert } from '../types';

type Props = {
  alerts: Alert[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  /** Present when the user holds alerts:ack: acknowledges the alert rows of one or several events; resolves when done. */
  onAcknowledge?: (ids: string[]) => Promise<unknown>;
};

const KIND_COLORS = { silent: 'default', over_limit: 'red', abnormal_flag: 'orange' } as const;
const STATUS_COLORS = { open: 'red', acknowledged: 'blue', closed: 'default' } as const;

/**
 * Alert events newest first (one per station and event, its pollutants listed), worded in the
 * reader's language; open ones can be acknowledged one by one or selected and acknowledged at once.
 */
export function AlertTable({ alerts, total, loading, page, pageSize, onPage, onAcknowledge }: Props) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string[]>([]);
  // Only the events on this page can be sent: the count shown is the count sent.
  const chosen = alerts.filter((a) => selected.includes(a.id) && a.status === 'open');
  const selectedIds = chosen.flatMap((a) => a.ids);
  return (
    <>
      {onAcknowledge && (
        <Space style={{ marginBottom: 12 }}>
          <Popconfirm
            title={t('monitoring.alert.confirmAckSelected', { count: chosen.length })}
            okText={t('common.yes')}
            cancelText={t('common.no')}
            disabled={chosen.length === 0}
            onConfirm={() =>
              onAcknowledge(selectedIds).then(
                () => setSelected([]),
                () => undefined,
              )
            }
          >
            <Button type="primary" disabled={chosen.length === 0} data-testid="alert-ack-selected">
              {t('monitoring.alert.acknowledgeSelected', { count: chosen.length })}
            </Button>
          </Popconfirm>
        </Space>
      )}
      <Table<Alert>
        data-testid="alerts-table"
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={alerts}
        scroll={{ x: 'max-content' }}
        rowSelection={
          onAcknowledge
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => setSelected(keys.map(String)),
                getCheckboxProps: (a) => ({ disabled: a.status !== 'open' }),
              }
            : undefined
        }
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
            key: 'kind',
            title: t('monitoring.alert.kind'),
            render: (_, a) => <Tag color={KIND_COLORS[a.kind]}>{t(`monitoring.alertKinds.${a.kind}`)}</Tag>,
          },
          { key: 'station', dataIndex: 'stationName', title: t('monitoring.alert.station') },
          {
            key: 'parameters',
            title: t('monitoring.alert.pollutants'),
            render: (_, a) =>
              a.parameters.length === 0
                ? t('common.none')
                : a.parameters.map((p) => parameterLabel(p.parameter, t)).join(t('monitoring.alertText.separator')),
          },
          {
            key: 'message',
            title: t('monitoring.alert.message'),
            render: (_, a) => <span data-testid={`alert-text-${a.id}`}>{alertText(t, a)}</span>,
          },
          { key: 'firstAt', title: t('monitoring.alert.firstAt'), render: (_, a) => formatInstant(a.firstAt) },
          { key: 'lastAt', title: t('monitoring.alert.lastAt'), render: (_, a) => formatInstant(a.lastAt) },
          {
            key: 'status',
            title: t('monitoring.alert.status'),
            render: (_, a) => (
              <Tag color={STATUS_COLORS[a.status]} data-testid={`alert-status-${a.id}`}>
                {t(`monitoring.alertStatuses.${a.status}`)}
              </Tag>
            ),
          },
          {
            key: 'ack',
            title: t('common.actions'),
            render: (_, a) =>
              a.status === 'open' && onAcknowledge ? (
                <Popconfirm
                  title={t('monitoring.alert.confirmAck')}
                  okText={t('common.yes')}
                  cancelText={t('common.no')}
                  onConfirm={() => onAcknowledge(a.ids).catch(() => undefined)}
                >
                  <Button size="small" data-testid={`alert-ack-${a.id}`}>
                    {t('monitoring.alert.acknowledge')}
                  </Button>
                </Popconfirm>
              ) : a.acknowledgedAt ? (
                <span style={{ fontSize: 12 }}>{formatInstant(a.acknowledgedAt)}</span>
              ) : null,
          },
        ]}
      />
    </>
  );
}
