import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Result, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { InspectButton } from '../../enforcement';
import { hasPermission, useSession } from '../../auth/shared';
import { DueTable } from '../components/DueTable';
import { EventsTimeline } from '../components/EventsTimeline';
import { FileForms, type OpenForm } from '../components/FileForms';
import { IdentityCard } from '../components/IdentityCard';
import { OutletsTable } from '../components/OutletsTable';
import { PermitsPanel } from '../components/PermitsPanel';
import { RecordEventModal } from '../components/RecordEventModal';
import { RenewalAlert } from '../components/RenewalAlert';
import { ReportsTable } from '../components/ReportsTable';
import { useEnterpriseFile } from '../hooks/useSources';

/** /app/sources/enterprises/:id — 一企一档: identity and QR code, due items, permits and limits, outlets, history, reports. */
export function EnterprisePage() {
  const { id } = useParams<{ id: string }>();
  return <EnterpriseFileView id={id} />;
}

export function EnterpriseFileView({ id }: { id: string | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const file = useEnterpriseFile(id);
  const [recording, setRecording] = useState(false);
  const [form, setForm] = useState<OpenForm>(null);
  if (file.isPending) return <Skeleton active />;
  if (!file.data) return <Result status="404" title={t('errors.ENTERPRISE_NOT_FOUND')} />;
  // One request: the file carries what falls due (the due list's service, the same 90-day window).
  const { enterprise, permits, outlets, events, reports, due } = file.data;
  const canWrite = hasPermission(me, 'sources:write');

  return (
    <>
      <PageHeader
        title={<span data-testid="enterprise-name">{enterprise.name}</span>}
        extra={
          <Space>
            <InspectButton enterprise={enterprise} />
            {canWrite ? (
              <>
                <Button
                  icon={<EditOutlined />}
                  onClick={() => setForm({ kind: 'enterprise' })}
                  data-testid="enterprise-edit"
                >
                  {t('sources.file.editEnterprise')}
                </Button>
                {permits.length > 0 ? (
                  <Button
                    type="primary"
                    icon={<EditOutlined />}
                    onClick={() => setRecording(true)}
                    data-testid="record-event"
                  >
                    {t('sources.file.record')}
                  </Button>
                ) : null}
              </>
            ) : null}
          </Space>
        }
      />
      <RenewalAlert due={due} />
      <IdentityCard enterprise={enterprise} />
      <Card title={t('sources.file.due')} style={{ marginBottom: 16 }} data-testid="file-due">
        <DueTable items={due} showEnterprise={false} />
      </Card>
      <Card
        title={t('sources.file.permits')}
        style={{ marginBottom: 16 }}
        extra={
          canWrite ? (
            <Button icon={<PlusOutlined />} onClick={() => setForm({ kind: 'permit' })} data-testid="permit-add">
              {t('sources.permitForm.title')}
            </Button>
          ) : null
        }
      >
        <PermitsPanel
          permits={permits}
          outlets={outlets}
          onEditLimits={canWrite ? (permit) => setForm({ kind: 'limits', permit }) : undefined}
        />
      </Card>
      <Card
        title={t('sources.file.outlets')}
        style={{ marginBottom: 16 }}
        extra={
          canWrite ? (
            <Button icon={<PlusOutlined />} onClick={() => setForm({ kind: 'outlet' })} data-testid="outlet-add">
              {t('sources.outletForm.title')}
            </Button>
          ) : null
        }
      >
        <OutletsTable
          outlets={outlets}
          onEdit={canWrite ? (outlet) => setForm({ kind: 'outlet', outlet }) : undefined}
          complianceLinks={hasPermission(me, 'compliance:read')}
        />
      </Card>
      <Card title={t('sources.file.history')} style={{ marginBottom: 16 }}>
        <EventsTimeline events={events} permits={permits} />
      </Card>
      <Card title={t('sources.file.reports')}>
        <ReportsTable reports={reports} showEnterprise={false} />
      </Card>
      <FileForms file={file.data} open={form} onClose={() => setForm(null)} />
      <RecordEventModal
        open={recording}
        enterpriseId={enterprise.id}
        permits={permits}
        onClose={() => setRecording(false)}
        onSaved={() => void message.success(t('sources.event.recorded'))}
      />
    </>
  );
}
