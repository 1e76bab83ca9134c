import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useRegionNames } from '../../dictionaries/shared';
import { formatInstant } from '../../../ui/format-time';
import { sorterToQuery, sortOrderOf, type SortQuery, type TableSorter } from '../../../ui/table-query';
import { STATION_SORT_KEYS } from '../api';
import type { Station } from '../types';
import { LivenessTag } from './LivenessTag';

type Props = {
  stations: Station[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  sort: SortQuery;
  canWrite: boolean;
  onPage: (page: number, pageSize: number, sort: SortQuery) => void;
  onEdit: (station: Station) => void;
};

const STATUS_COLORS = { active: 'green', inactive: 'default', maintenance: 'orange' } as const;

/** The station register: code links to the detail page; liveness says whether data is arriving. */
export function StationTable({ stations, total, loading, page, pageSize, sort, canWrite, onPage, onEdit }: Props) {
  const regionName = useRegionNames();
  const { t } = useTranslation();
  const sortable = (key: string) => ({ sorter: true, sortOrder: sortOrderOf(sort, key) });
  return (
    <Table<Station>
      data-testid="stations-table"
      rowKey="code"
      size="middle"
      loading={loading}
      dataSource={stations}
      scroll={{ x: 1000 }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showTotal: (n) => t('common.total', { total: n }),
      }}
      onChange={(p, _filters, sorter) =>
        onPage(
          p.current ?? 1,
          p.pageSize ?? pageSize,
          sorterToQuery(sorter as TableSorter | TableSorter[], STATION_SORT_KEYS),
        )
      }
      columns={[
        {
          key: 'code',
          title: t('monitoring.station.code'),
          ...sortable('code'),
          render: (_, s) => (
            <Link data-testid={`station-link-${s.code}`} to={`/app/monitoring/stations/${encodeURIComponent(s.code)}`}>
              {s.code}
            </Link>
          ),
        },
        { key: 'name', dataIndex: 'name', title: t('monitoring.station.name'), ...sortable('name') },
        {
          key: 'kind',
          title: t('monitoring.station.kind'),
          ...sortable('kind'),
          render: (_, s) => t(`monitoring.kinds.${s.kind}`),
        },
        {
          key: 'regionCode',
          title: t('monitoring.station.region'),
          ...sortable('regionCode'),
          width: 110,
          render: (_, s) => (
            <span title={s.regionCode} data-testid={`station-region-${s.code}`}>
              {regionName(s.regionCode)}
            </span>
          ),
        },
        {
          key: 'status',
          title: t('monitoring.station.status'),
          render: (_, s) => <Tag color={STATUS_COLORS[s.status]}>{t(`monitoring.statuses.${s.status}`)}</Tag>,
        },
        {
          key: 'liveness',
          title: t('monitoring.station.liveness'),
          render: (_, s) => (
            <LivenessTag liveness={s.liveness} lastDataAt={s.lastDataAt} testId={`liveness-${s.code}`} />
          ),
        },
        {
          key: 'lastDataAt',
          title: t('monitoring.station.lastDataAt'),
          ...sortable('lastDataAt'),
          render: (_, s) =>
            s.lastDataAt ? <time dateTime={s.lastDataAt}>{formatInstant(s.lastDataAt)}</time> : t('common.none'),
        },
        ...(canWrite
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                render: (_: unknown, s: Station) => (
                  <Button size="small" data-testid={`station-edit-${s.code}`} onClick={() => onEdit(s)}>
                    {t('common.edit')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
