import type { Enterprise } from '@ecocloud/contracts';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { sortOrderOf, sorterToQuery, type SortQuery, type TableSorter } from '../../../ui/table-query';
import { label } from '../labels';
import { SituationTag } from './SituationTag';

const SORTABLE = ['name', 'uscc', 'regionCode', 'permitValidTo'] as const;

type Props = {
  enterprises: Enterprise[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  sort: SortQuery;
  onPage: (page: number, pageSize: number, sort: SortQuery) => void;
};

/** The register: one row per enterprise, its permit situation as a tag, the name opens its file. */
export function EnterpriseTable({ enterprises, total, loading, page, pageSize, sort, onPage }: Props) {
  const { t } = useTranslation();
  return (
    <Table<Enterprise>
      data-testid="enterprise-table"
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={enterprises}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showTotal: (n) => t('common.total', { total: n }),
      }}
      onChange={(p, _filters, sorter) =>
        onPage(p.current ?? 1, p.pageSize ?? pageSize, sorterToQuery(sorter as TableSorter, SORTABLE))
      }
      columns={[
        {
          key: 'name',
          title: t('sources.field.name'),
          sorter: true,
          sortOrder: sortOrderOf(sort, 'name'),
          render: (_, e) => (
            <Link to={`/app/sources/enterprises/${encodeURIComponent(e.id)}`} data-testid={`enterprise-${e.uscc}`}>
              {e.name}
            </Link>
          ),
        },
        {
          key: 'uscc',
          title: t('sources.field.uscc'),
          sorter: true,
          sortOrder: sortOrderOf(sort, 'uscc'),
          render: (_, e) => <span translate="no">{e.uscc}</span>,
        },
        {
          key: 'regionCode',
          title: t('sources.field.region'),
          sorter: true,
          sortOrder: sortOrderOf(sort, 'regionCode'),
          render: (_, e) => e.regionName ?? e.regionCode,
        },
        { key: 'industry', title: t('sources.field.industry'), render: (_, e) => e.industryLabel ?? e.industryCode },
        { key: 'category', title: t('sources.field.category'), render: (_, e) => label('categories', e.category, t) },
        {
          key: 'keyList',
          title: t('sources.field.keyList'),
          render: (_, e) =>
            e.keyListTypes.length > 0
              ? e.keyListTypes.map((k) => label('keyListTypes', k, t)).join('、')
              : t('common.none'),
        },
        {
          key: 'situation',
          title: t('sources.field.permitSituation'),
          render: (_, e) => <SituationTag enterprise={e} />,
        },
        {
          key: 'permitValidTo',
          title: t('sources.field.validTo'),
          sorter: true,
          sortOrder: sortOrderOf(sort, 'permitValidTo'),
          render: (_, e) => e.permitValidTo ?? t('common.none'),
        },
      ]}
    />
  );
}
