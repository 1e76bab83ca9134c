import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../auth/shared';
import { DeviceFormModal } from '../components/DeviceFormModal';
import { DeviceTable } from '../components/DeviceTable';
import { useDevices } from '../hooks/useDevices';
import type { Device } from '../types';
import { PageHeader } from '../../../ui/PageHeader';

/** HJ 212 data loggers: MN, station, factor map, CRC mode. */
export function DevicesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const canWrite = hasPermission(me, 'devices:write');
  const devices = useDevices();
  const [editing, setEditing] = useState<{ device: Device | null } | null>(null);
  return (
    <>
      <PageHeader
        title={t('monitoring.device.title')}
        extra={
          canWrite ? (
            <Button
              data-testid="device-create"
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ device: null })}
            >
              {t('monitoring.device.create')}
            </Button>
          ) : null
        }
      />
      <Card>
        <DeviceTable
          devices={devices.data?.items ?? []}
          loading={devices.isFetching}
          canWrite={canWrite}
          onEdit={(device) => setEditing({ device })}
        />
      </Card>
      <DeviceFormModal
        open={editing !== null}
        device={editing?.device ?? null}
        onClose={() => setEditing(null)}
        onSaved={(msg) => void message.success(msg)}
      />
    </>
  );
}
