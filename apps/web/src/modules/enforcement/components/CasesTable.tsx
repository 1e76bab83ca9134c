import type { CaseSummary } from '@ecocloud/contracts';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { violationText, yuanText } from '../labels';
import { CaseStateTag } from './CaseStateTag';
import { NextClock } from './NextClock';

export const casePath = (id: string) => `/app/enforcement/cases/${encodeURIComponent(id)}`;

export function CasesTable({
  cases,
  total,
  loading,
  page,
  pageSize,
  onPage,
}: {
  cases: CaseSummary[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CaseSummary> = [
    {
      key: 'caseNo',
      title: t('enforcement.field.caseNo'),
      width: 170,
      render: (_, c) => (
        <Link to={casePath(c.id)} data-testid={`case-open-${c.id}`}>
          {c.caseNo}
        </Link>
      ),
    },
    { key: 'title', title: t('enforcement.field.title'), dataIndex: 'title', ellipsis: true },
    {
      key: 'enterprise',
      title: t('enforcement.field.enterprise'),
      render: (_, c) => <span translate="no">{c.enterpriseName}</span>,
    },
    {
      key: 'violation',
      title: t('enforcement.field.violation'),
      render: (_, c) => <span data-testid={`case-violation-${c.id}`}>{violationText(c.violation, t)}</span>,
    },
    {
      key: 'state',
      title: t('enforcement.field.state'),
      width: 120,
      render: (_, c) => <CaseStateTag state={c.state} testId={`case-state-${c.id}`} />,
    },
    {
      key: 'nextClock',
      title: t('enforcement.field.nextClock'),
      render: (_, c) => <NextClock clock={c.nextClock} testId={`case-clock-${c.id}`} />,
    },
    {
      key: 'fine',
      title: t('enforcement.field.fine'),
      align: 'right',
      width: 130,
      render: (_, c) => <span data-testid={`case-fine-${c.id}`}>{yuanText(c.fineYuan, t)}</span>,
    },
  ];
  return (
    <Table<CaseSummary>
      data-testid="cases-table"
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={cases}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <span data-testid="cases-empty">{t('enforcement.list.empty')}</span> }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showTotal: (n) => t('common.total', { total: n }),
        onChange: onPage,
      }}
    />
  );
}
