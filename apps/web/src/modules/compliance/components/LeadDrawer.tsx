import { Drawer, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLead } from '../hooks/useLeads';
import { LeadDetail } from './LeadDetail';

/** The lead the inbox opened, fetched on its own so a triage step shows at once. */
export function LeadDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const lead = useLead(id);
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={640}
      title={t('compliance.lead.title')}
      destroyOnHidden
      data-testid="lead-drawer"
    >
      {lead.isPending ? (
        <Skeleton active />
      ) : lead.data ? (
        <LeadDetail lead={lead.data} />
      ) : (
        <Result status="404" title={t('compliance.lead.notFound')} />
      )}
    </Drawer>
  );
}
