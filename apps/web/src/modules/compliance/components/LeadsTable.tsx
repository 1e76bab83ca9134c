import type { Lead, LeadStatus } from '@ecocloud/contracts';
import { Button, Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { leadKindText, pollutantText, statusText } from '../labels';
import { periodText } from '../period-text';
import { LeadStatusTag } from './LeadStatusTag';

type Props = {
  leads: Lead[];
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  /** The status filter, for the empty text ("no open leads"). */
  status?: LeadStatus;
  onPage: (page: number, pageSize: number) => void;
  onOpen: (id: string) => void;
};

/** One row per lead: who, which outlet, what kind (a sign by its detector), which pollutant, when, where it stands. */
export function LeadsTable({ leads, total, loading, page, pageSize, status, onPage, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <Table<Lead>
      data-testid="leads-table"
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={leads}
      scroll={{ x: 'max-content' }}
      locale={{
        emptyText: (
          <Empty
            data-testid="leads-empty"
            description={
              status === 'open'
                ? t('compliance.inbox.emptyOpen')
                : status
                  ? t('compliance.inbox.emptyStatus', { status: statusText(status, t) })
                  : t('compliance.inbox.empty')
            }
          />
        ),
      }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showTotal: (n) => t('common.total', { total: n }),
      }}
      onChange={(p) => onPage(p.current ?? 1, p.pageSize ?? pageSize)}
      onRow={(lead) => ({ onClick: () => onOpen(lead.id), style: { cursor: 'pointer' } })}
      columns={[
        { key: 'enterprise', title: t('compliance.field.enterprise'), dataIndex: 'enterpriseName' },
        {
          key: 'outlet',
          title: t('compliance.field.outlet'),
          render: (_, l) => <span translate="no">{l.outletCode}</span>,
        },
        {
          key: 'kind',
          title: t('compliance.field.kind'),
          render: (_, l) => <span data-testid={`lead-kind-${l.id}`}>{leadKindText(l, t)}</span>,
        },
        { key: 'pollutant', title: t('compliance.field.pollutant'), render: (_, l) => pollutantText(l.pollutant, t) },
        { key: 'period', title: t('compliance.field.period'), render: (_, l) => periodText(l.start, l.end) },
        {
          key: 'status',
          title: t('compliance.field.status'),
          render: (_, l) => <LeadStatusTag status={l.status} testId={`lead-status-${l.id}`} />,
        },
        {
          key: 'open',
          title: '',
          render: (_, l) => (
            <Button
              type="link"
              size="small"
              data-testid={`lead-open-${l.id}`}
              onClick={(e) => {
                e.stopPropagation();
                onOpen(l.id);
              }}
            >
              {t('compliance.inbox.view')}
            </Button>
          ),
        },
      ]}
    />
  );
}
