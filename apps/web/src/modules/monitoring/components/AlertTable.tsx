import { Button, Popconfirm, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../../ui/format-time';
import { parameterLabel } from '../parameters';
import type { Alert } from '../types';

type Props = {
  alerts: Alert[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  /** Present when the user holds alerts:ack. */
  onAcknowledge?: (alert: Alert) => void;
};

const KIND_COLORS = { silent: 'default', over_limit: 'red', abnormal_flag: 'orange' } as const;
const STATUS_COLORS = { open: 'red', acknowledged: 'blue', closed: 'default' } as const;

/** Alerts newest first: silent stations, values over limits, abnormal flags; open ones can be acknowledged. */
export function AlertTable({ alerts, total, loading, page, pageSize, onPage, onAcknowledge }: Props) {
  const { t } = useTranslation();
  return (
    <Table<Alert>
      data-testid="alerts-table"
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={alerts}
      scroll={{ x: 1100 }}
      pagination={{ current: page, pageSize, total, showSizeChanger: true, showTotal: (n) => t('common.total', { total: n }) }}
      onChange={(p) => onPage(p.current ?? 1, p.pageSize ?? pageSize)}
      columns={[
        { key: 'kind', title: t('monitoring.alert.kind'), render: (_, a) => <Tag color={KIND_COLORS[a.kind]}>{t(`monitoring.alertKinds.${a.kind}`)}</Tag> },
        { key: 'station', dataIndex: 'stationName', title: t('monitoring.alert.station') },
        { key: 'parameter', title: t('monitoring.alert.parameter'), render: (_, a) => (a.parameter ? parameterLabel(a.parameter) : t('common.none')) },
        { key: 'message', dataIndex: 'message', title: t('monitoring.alert.message') },
        {
          key: 'value',
          title: t('monitoring.alert.valueThreshold'),
          render: (_, a) => (a.value === null ? t('common.none') : a.threshold === null ? String(a.value) : `${a.value} / ${a.threshold}`),
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
              <Popconfirm title={t('monitoring.alert.confirmAck')} okText={t('common.yes')} cancelText={t('common.no')} onConfirm={() => onAcknowledge(a)}>
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
  );
}
