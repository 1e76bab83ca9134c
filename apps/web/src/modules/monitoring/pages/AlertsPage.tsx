import { App, Card, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../auth/shared';
import { AlertTable } from '../components/AlertTable';
import { useAcknowledgeAlert, useAlerts } from '../hooks/useAlerts';
import type { AlertKind, AlertStatus } from '../types';
import { PageHeader } from '../../../ui/PageHeader';

const STATUSES: AlertStatus[] = ['open', 'acknowledged', 'closed'];
const KINDS: AlertKind[] = ['silent', 'over_limit', 'abnormal_flag'];

/** Monitoring alerts, open ones first by default; acknowledging needs alerts:ack. */
export function AlertsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const [status, setStatus] = useState<AlertStatus | undefined>('open');
  const [kind, setKind] = useState<AlertKind | undefined>(undefined);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const alerts = useAlerts({ ...paging, status, kind });
  const ack = useAcknowledgeAlert();
  return (
    <>
      <PageHeader title={t('monitoring.alert.title')} />
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select<AlertStatus>
            data-testid="alert-filter-status"
            allowClear
            placeholder={t('monitoring.alert.status')}
            style={{ width: 150 }}
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            options={STATUSES.map((s) => ({ value: s, label: t(`monitoring.alertStatuses.${s}`) }))}
          />
          <Select<AlertKind>
            allowClear
            placeholder={t('monitoring.alert.kind')}
            style={{ width: 170 }}
            value={kind}
            onChange={(v) => {
              setKind(v);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            options={KINDS.map((k) => ({ value: k, label: t(`monitoring.alertKinds.${k}`) }))}
          />
        </Space>
        <AlertTable
          alerts={alerts.data?.items ?? []}
          total={alerts.data?.total ?? 0}
          loading={alerts.isFetching}
          page={paging.page}
          pageSize={paging.pageSize}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
          onAcknowledge={
            hasPermission(me, 'alerts:ack')
              ? (ids) => ack.mutateAsync(ids).then(() => void message.success(t('monitoring.alert.acknowledged')))
              : undefined
          }
        />
      </Card>
    </>
  );
}
