import { Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgSelect } from '../../orgs/shared';
import { bulkAssign } from '../api';
import { useWorkplanMutation } from '../hooks/usePlans';

/**
 * Assigns lead units (one or more) and/or a deadline to the items picked in a table, in one request (all or
 * nothing on the server, each item audited). Empty fields are left as they are.
 */
export function BulkAssignBar({ planId, itemIds, onDone }: { planId: string; itemIds: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [deadline, setDeadline] = useState('');
  const [leadUnitIds, setLeadUnitIds] = useState<string[]>([]);
  const assign = useWorkplanMutation(
    (body: { leadUnitIds?: string[]; deadline?: string }) => bulkAssign(planId, { itemIds, ...body }),
    () => ({ kind: 'edit', planId }),
  );
  const badDate = deadline !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(deadline);
  const nothing = deadline === '' && leadUnitIds.length === 0;
  return (
    <Flex gap={8} wrap align="center" data-testid="bulk-assign" style={{ marginBottom: 8 }}>
      <Typography.Text>{t('workplan.bulk.selected', { count: itemIds.length })}</Typography.Text>
      <Input
        data-testid="bulk-deadline"
        style={{ width: 140 }}
        placeholder={t('workplan.bulk.deadline')}
        status={badDate ? 'error' : undefined}
        value={deadline}
        onChange={(e) => setDeadline(e.target.value.trim())}
      />
      <div style={{ minWidth: 260 }}>
        <OrgSelect
          mode="multiple"
          data-testid="bulk-lead-units"
          placeholder={t('workplan.bulk.leadUnits')}
          value={leadUnitIds}
          onChange={setLeadUnitIds}
        />
      </div>
      <Button
        type="primary"
        data-testid="bulk-apply"
        disabled={itemIds.length === 0 || badDate || nothing}
        loading={assign.isPending}
        onClick={() =>
          assign.mutate(
            { ...(leadUnitIds.length ? { leadUnitIds } : {}), ...(deadline ? { deadline } : {}) },
            { onSuccess: onDone },
          )
        }
      >
        {t('workplan.bulk.apply')}
      </Button>
    </Flex>
  );
}
