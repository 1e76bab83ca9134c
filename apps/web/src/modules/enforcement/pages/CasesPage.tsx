import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import { CaseFilters, type CaseFilter } from '../components/CaseFilters';
import { CasesTable } from '../components/CasesTable';
import { CreateCaseModal } from '../components/CreateCaseModal';
import { useCases } from '../hooks/useCases';

/**
 * /app/enforcement/cases — the cases in the user's scope with the clock falling due first (days left,
 * paused, overdue in red), newest first; an officer (enforcement:write) opens one by hand here.
 */
export function CasesPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [filter, setFilter] = useState<CaseFilter>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const list = useCases({ ...filter, ...paging, sort: 'createdAt', order: 'desc' });
  return (
    <>
      <PageHeader
        title={t('enforcement.list.title')}
        extra={
          hasPermission(me, 'enforcement:write') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="case-create">
              {t('enforcement.list.create')}
            </Button>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary">{t('enforcement.list.intro')}</Typography.Paragraph>
      <Card style={{ marginBottom: 16 }} size="small">
        <CaseFilters
          value={filter}
          onChange={(next) => {
            setFilter(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        />
      </Card>
      <Card>
        <CasesTable
          cases={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          loading={list.isFetching}
          page={paging.page}
          pageSize={paging.pageSize}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
        />
      </Card>
      <CreateCaseModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
