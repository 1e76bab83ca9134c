import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Segmented, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import type { SortQuery } from '../../../ui/table-query';
import { hasPermission, useSession } from '../../auth/shared';
import { enterprisesExportUrl, type EnterpriseQuery } from '../api';
import { EnterpriseFilters, type EnterpriseFilter } from '../components/EnterpriseFilters';
import { EnterpriseFormModal } from '../components/EnterpriseFormModal';
import { EnterpriseMapView } from '../components/EnterpriseMapView';
import { EnterpriseTable } from '../components/EnterpriseTable';
import { useEnterprises } from '../hooks/useSources';

type View = 'table' | 'map';

/** /app/sources/enterprises — the register with filters, as a table or on the map, with export and create. */
export function EnterprisesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { me } = useSession();
  const [filter, setFilter] = useState<EnterpriseFilter>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [sort, setSort] = useState<SortQuery>({});
  const [view, setView] = useState<View>('table');
  const [creating, setCreating] = useState(false);
  const query: EnterpriseQuery = { ...filter, ...paging, ...(sort as Pick<EnterpriseQuery, 'sort' | 'order'>) };
  const list = useEnterprises(query);
  // The map shows every enterprise matching the filters (the API's pages go up to 200).
  const all = useEnterprises({ ...filter, page: 1, pageSize: 200 });
  const open = (id: string) => navigate(`/app/sources/enterprises/${encodeURIComponent(id)}`);

  return (
    <>
      <PageHeader
        title={t('sources.list.title')}
        extra={
          <Space wrap>
            <Segmented<View>
              data-testid="enterprise-view"
              value={view}
              onChange={setView}
              options={[
                { value: 'table', label: t('sources.list.table') },
                { value: 'map', label: t('sources.list.map') },
              ]}
            />
            <Button icon={<DownloadOutlined />} href={enterprisesExportUrl(query, 'csv')} data-testid="export-csv">
              {t('sources.list.exportCsv')}
            </Button>
            <Button icon={<DownloadOutlined />} href={enterprisesExportUrl(query, 'xlsx')} data-testid="export-xlsx">
              {t('sources.list.exportXlsx')}
            </Button>
            {hasPermission(me, 'sources:write') ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="enterprise-create"
              >
                {t('sources.list.create')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }} size="small">
        <EnterpriseFilters
          value={filter}
          onChange={(next) => {
            setFilter(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        />
      </Card>
      <Card>
        {view === 'table' ? (
          <EnterpriseTable
            enterprises={list.data?.items ?? []}
            total={list.data?.total ?? 0}
            loading={list.isFetching}
            page={paging.page}
            pageSize={paging.pageSize}
            sort={sort}
            onPage={(page, pageSize, nextSort) => {
              setPaging({ page, pageSize });
              setSort(nextSort);
            }}
          />
        ) : (
          <EnterpriseMapView enterprises={all.data?.items ?? []} onOpen={open} />
        )}
      </Card>
      <EnterpriseFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(e) => {
          void message.success(t('sources.form.created', { name: e.name }));
          open(e.id);
        }}
      />
    </>
  );
}
