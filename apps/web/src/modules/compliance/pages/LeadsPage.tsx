import { Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import type { LeadQuery } from '../api';
import { LeadDrawer } from '../components/LeadDrawer';
import { LeadFilters, type LeadFilter } from '../components/LeadFilters';
import { LeadsTable } from '../components/LeadsTable';
import { useLeads } from '../hooks/useLeads';

/**
 * /app/compliance/leads — the leads inbox: exceedances, missing data and signs of abnormal data in
 * the user's scope, newest first: open ones for an officer, who triages them in the drawer; for an
 * enterprise user its own unit's questions to answer. `?lead=<id>` opens one.
 */
export function LeadsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [params, setParams] = useSearchParams();
  // An enterprise user answers for its own unit: regions mean nothing to it, questions put to it come first.
  const staff = !hasPermission(me, 'compliance:explain') || hasPermission(me, 'compliance:triage');
  const [chosen, setFilter] = useState<LeadFilter | null>(null);
  const filter: LeadFilter = chosen ?? { status: staff ? 'open' : 'explanation_requested' };
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query: LeadQuery = { ...filter, ...paging, sort: 'start', order: 'desc' };
  const list = useLeads(query);
  const opened = params.get('lead');
  const setOpened = (id: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (id) next.set('lead', id);
        else next.delete('lead');
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader title={t('compliance.inbox.title')} />
      <Typography.Paragraph type="secondary">{t('compliance.inbox.intro')}</Typography.Paragraph>
      <Card style={{ marginBottom: 16 }} size="small">
        <LeadFilters
          value={filter}
          showRegion={staff}
          onChange={(next) => {
            setFilter(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        />
      </Card>
      <Card>
        <LeadsTable
          leads={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          loading={list.isFetching}
          page={paging.page}
          pageSize={paging.pageSize}
          status={filter.status}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
          onOpen={setOpened}
        />
      </Card>
      <LeadDrawer id={opened} onClose={() => setOpened(null)} />
    </>
  );
}
