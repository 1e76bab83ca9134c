import type { CaseSummary } from '@ecocloud/contracts';
import { Space, Table, Typography, type TableColumnsType } from 'antd';
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
      width: 230,
      ellipsis: true,
      render: (_, c) => (
        <Space orientation="vertical" size={0} style={{ maxWidth: '100%' }}>
          <Link to={casePath(c.id)} data-testid={`case-open-${c.id}`}>
            {c.caseNo}
          </Link>
          <Typography.Text type="secondary" ellipsis={{ tooltip: c.title }} style={{ maxWidth: 200 }}>
            {c.title}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'enterprise',
      title: t('enforcement.field.enterprise'),
      width: 170,
      ellipsis: true,
      render: (_, c) => <span translate="no">{c.enterpriseName}</span>,
    },
    {
      key: 'violation',
      title: t('enforcement.field.violation'),
      width: 210,
      render: (_, c) => <span data-testid={`case-violation-${c.id}`}>{violationText(c.violation, t)}</span>,
    },
    {
      key: 'state',
      title: t('enforcement.field.state'),
      width: 110,
      render: (_, c) => <CaseStateTag state={c.state} testId={`case-state-${c.id}`} />,
    },
    {
      key: 'nextClock',
      title: t('enforcement.field.nextClock'),
      width: 220,
      render: (_, c) => <NextClock clock={c.nextClock} testId={`case-clock-${c.id}`} />,
    },
    {
      key: 'fine',
      title: t('enforcement.field.fine'),
      align: 'right',
      width: 110,
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
      scroll={{ x: 1050 }}
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
