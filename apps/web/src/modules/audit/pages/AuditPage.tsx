import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../api';
import { AuditFilters } from '../components/AuditFilters';
import { AuditTable } from '../components/AuditTable';
import { useAudit } from '../hooks/useAudit';
import { PageHeader } from '../../../ui/PageHeader';

/** The tamper-evident audit log with filters; read-only by design. */
export function AuditPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const audit = useAudit({ ...filter, ...paging });
  return (
    <>
      <PageHeader title={t('audit.title')} />
      <AuditFilters
        onChange={(next) => {
          setFilter(next);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
      />
      <AuditTable
        entries={audit.data?.items ?? []}
        total={audit.data?.total ?? 0}
        loading={audit.isFetching}
        page={paging.page}
        pageSize={paging.pageSize}
        onPage={(page, pageSize) => setPaging({ page, pageSize })}
      />
    </>
  );
}
