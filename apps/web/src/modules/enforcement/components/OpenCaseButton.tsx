import type { Lead } from '@ecocloud/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { hasPermission, useSession } from '../../auth/shared';
import { caseErrorText } from '../error-text';
import { useCreateCase } from '../hooks/useCases';
import { casePath } from './CasesTable';

/** Leads that may still become a case: not dismissed (a case lead, 转为立案线索, is the usual one). */
const OPENABLE: ReadonlySet<Lead['status']> = new Set(['open', 'explanation_requested', 'explained', 'case_requested']);

/**
 * 立案办理 on a compliance lead, for an officer with enforcement:write: opens an enforcement case from the
 * lead (its enterprise, outlet, act days and facts follow from it) and goes to the case page.
 */
export function OpenCaseButton({ lead }: { lead: Pick<Lead, 'id' | 'status'> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const navigate = useNavigate();
  const create = useCreateCase();
  const client = useQueryClient();
  if (!hasPermission(me, 'enforcement:write') || !OPENABLE.has(lead.status)) return null;
  const open = async () => {
    try {
      const detail = await create.mutateAsync({ leadId: lead.id });
      void message.success(t('enforcement.fromLead.created', { caseNo: detail.caseNo }));
      // The lead moved on (转为立案线索) with the case: the inbox reads it again.
      void client.invalidateQueries({ queryKey: ['compliance'] });
      void navigate(casePath(detail.id));
    } catch (error) {
      void message.error({ content: caseErrorText(error, t), duration: 6 });
    }
  };
  return (
    <Popconfirm
      title={t('enforcement.fromLead.confirm')}
      okText={t('enforcement.fromLead.button')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'lead-open-case-confirm' }}
      onConfirm={() => open()}
    >
      <Button type="primary" loading={create.isPending} data-testid="lead-open-case">
        {t('enforcement.fromLead.button')}
      </Button>
    </Popconfirm>
  );
}
