import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatInstant } from '../../../ui/format-time';
import { parameterLabel } from '../parameters';
import type { Device } from '../types';

type Props = { devices: Device[]; loading: boolean; canWrite: boolean; onEdit: (device: Device) => void };

/** Registered HJ 212 data loggers with their station, factor count and last contact. */
export function DeviceTable({ devices, loading, canWrite, onEdit }: Props) {
  const { t } = useTranslation();
  return (
    <Table<Device>
      data-testid="devices-table"
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={devices}
      scroll={{ x: 1000 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('common.total', { total: n }) }}
      columns={[
        { key: 'mn', title: 'MN', render: (_, d) => <code>{d.mn}</code> },
        { key: 'st', dataIndex: 'st', title: 'ST', width: 70 },
        {
          key: 'station',
          title: t('monitoring.device.station'),
          render: (_, d) => (
            <Link to={`/app/monitoring/stations/${encodeURIComponent(d.stationCode)}`}>{d.stationCode}</Link>
          ),
        },
        {
          key: 'factors',
          title: t('monitoring.device.factorMap'),
          render: (_, d) =>
            Object.entries(d.factorMap).map(([code, f]) => (
              <Tag key={code}>
                <span translate="no">{code}</span>→{parameterLabel(f.parameter, t)}
                {f.scale !== 1 ? `×${f.scale}` : ''}
              </Tag>
            )),
        },
        {
          key: 'crcMode',
          title: t('monitoring.device.crcMode'),
          render: (_, d) => t(`monitoring.crcModes.${d.crcMode}`),
        },
        {
          key: 'isEnabled',
          title: t('monitoring.device.enabled'),
          render: (_, d) => (
            <Tag color={d.isEnabled ? 'green' : 'default'}>{d.isEnabled ? t('common.yes') : t('common.no')}</Tag>
          ),
        },
        {
          key: 'lastSeenAt',
          title: t('monitoring.device.lastSeenAt'),
          render: (_, d) => formatInstant(d.lastSeenAt) || t('common.none'),
        },
        ...(canWrite
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                render: (_: unknown, d: Device) => (
                  <Button size="small" onClick={() => onEdit(d)}>
                    {t('common.edit')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
