import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission, useSession } from '../../auth/shared';
import { stationsExportUrl } from '../api';
import { StationFilters, type StationFilter } from '../components/StationFilters';
import { StationFormModal } from '../components/StationFormModal';
import { StationImportModal } from '../components/StationImportModal';
import { StationTable } from '../components/StationTable';
import { useStations } from '../hooks/useStations';
import type { Station } from '../types';
import { PageHeader } from '../../../ui/PageHeader';
import type { SortQuery } from '../../../ui/table-query';

const FIRST_PAGE = { page: 1, pageSize: 20 };

/** The station register: filters, liveness, export, import (dry run first) and create/edit. */
export function StationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { me } = useSession();
  const canWrite = hasPermission(me, 'stations:write');
  const [filter, setFilter] = useState<StationFilter>({});
  const [paging, setPaging] = useState(FIRST_PAGE);
  const [sort, setSort] = useState<SortQuery>({});
  const [editing, setEditing] = useState<{ station: Station | null } | null>(null);
  const [importing, setImporting] = useState(false);
  const stations = useStations({ ...paging, ...sort, ...filter });
  const exportFilter = { kind: filter.kind, regionCode: filter.regionCode };

  return (
    <>
      <PageHeader
        title={t('monitoring.station.title')}
        extra={
          <Space wrap>
            <Button icon={<DownloadOutlined />} href={stationsExportUrl('csv', exportFilter)} download>
              {t('dict.exportCsv')}
            </Button>
            <Button icon={<DownloadOutlined />} href={stationsExportUrl('xlsx', exportFilter)} download>
              {t('dict.exportXlsx')}
            </Button>
            {canWrite ? (
              <>
                <Button data-testid="station-import" icon={<ImportOutlined />} onClick={() => setImporting(true)}>
                  {t('dict.import')}
                </Button>
                <Button
                  data-testid="station-create"
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setEditing({ station: null })}
                >
                  {t('monitoring.station.create')}
                </Button>
              </>
            ) : null}
          </Space>
        }
      />
      <Card>
        <div style={{ marginBottom: 12 }}>
          <StationFilters
            value={filter}
            onChange={(next) => {
              setFilter(next);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
          />
        </div>
        <StationTable
          stations={stations.data?.items ?? []}
          total={stations.data?.total ?? 0}
          loading={stations.isFetching}
          page={paging.page}
          pageSize={paging.pageSize}
          sort={sort}
          canWrite={canWrite}
          onPage={(page, pageSize, nextSort) => {
            setPaging({ page, pageSize });
            setSort(nextSort);
          }}
          onEdit={(station) => setEditing({ station })}
        />
      </Card>
      <StationFormModal
        open={editing !== null}
        station={editing?.station ?? null}
        onClose={() => setEditing(null)}
        onSaved={(msg) => void message.success(msg)}
      />
      <StationImportModal
        open={importing}
        onClose={() => setImporting(false)}
        onApplied={(count) => void message.success(t('dict.applied', { count }))}
      />
    </>
  );
}
