import { Card, Checkbox, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import { ClockRulesCard } from '../components/ClockRulesCard';
import { DueTable } from '../components/DueTable';
import { useDue } from '../hooks/useSources';

/** /app/sources/due — what falls due within N days of a day (renewals, changes, reports), soonest first; the rules below. */
export function DuePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [within, setWithin] = useState(90);
  const [on, setOn] = useState<string>('');
  const [overdue, setOverdue] = useState(true);
  const due = useDue({ within, on: on || undefined, overdue: overdue ? 'true' : 'false' });
  return (
    <>
      <PageHeader title={t('sources.due.title')} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Typography.Text>{t('sources.due.on')}</Typography.Text>
          <Input
            type="date"
            value={on}
            onChange={(e) => setOn(e.target.value)}
            style={{ width: 160 }}
            data-testid="due-on"
          />
          <Typography.Text>{t('sources.due.within')}</Typography.Text>
          <InputNumber
            min={0}
            max={3660}
            value={within}
            onChange={(v) => setWithin(v ?? 90)}
            data-testid="due-within"
          />
          <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)}>
            {t('sources.due.overdue')}
          </Checkbox>
        </Space>
      </Card>
      <Card>
        <DueTable items={due.data?.items ?? []} loading={due.isFetching} />
      </Card>
      <ClockRulesCard canWrite={hasPermission(me, 'sources:write')} />
    </>
  );
}
