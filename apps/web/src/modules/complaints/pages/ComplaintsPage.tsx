import { CloseOutlined } from '@ant-design/icons';
import type { ComplaintSummary } from '@ecocloud/contracts';
import { COMPLAINT_KINDS, COMPLAINT_STATES } from '@ecocloud/contracts';
import { Button, Card, Checkbox, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import { exportUrl, type ComplaintQuery } from '../api';
import { ComplaintStateTag } from '../components/ComplaintStateTag';
import { StaffIntakeModal } from '../components/StaffIntakeModal';
import { useComplaints } from '../hooks/useComplaints';

/**
 * /app/complaints/reports — the reports in the user's scope, the next legal deadline first (overdue in red).
 * Never who reported: the list has no identity to show. `?handoverBatch=<交办编号>` keeps one handed-over batch
 * (the rectification ledger links there); it lives in the URL, so the link, a reload and the back button agree.
 */
export function ComplaintsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [filter, setFilter] = useState<Pick<ComplaintQuery, 'state' | 'kind' | 'q' | 'overdue'>>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [params, setParams] = useSearchParams();
  const handoverBatch = params.get('handoverBatch')?.trim() || undefined;
  const list = useComplaints({ ...filter, handoverBatch, ...paging, sort: 'nextDue', order: 'asc' });
  const dropBatch = () => {
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.delete('handoverBatch');
      return next;
    });
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const set = (next: Partial<typeof filter>) => {
    setFilter((f) => ({ ...f, ...next }));
    setPaging((p) => ({ ...p, page: 1 }));
  };
  return (
    <>
      <PageHeader
        title={t('complaints.list.title')}
        extra={
          <Space>
            <Button href={exportUrl()}>{t('complaints.list.exportCsv')}</Button>
            {hasPermission(me, 'complaints:intake') ? (
              <Button type="primary" onClick={() => setCreating(true)} data-testid="complaint-create">
                {t('complaints.list.create')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Typography.Paragraph type="secondary">{t('complaints.list.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          {handoverBatch ? (
            <Tag
              closable
              color="blue"
              onClose={dropBatch}
              closeIcon={<CloseOutlined aria-label={t('complaints.list.batchRemove')} />}
              data-testid="complaint-batch-filter"
            >
              {t('complaints.list.batchFilter', { batch: handoverBatch })}
            </Tag>
          ) : null}
          <Input.Search
            allowClear
            placeholder={t('complaints.list.search')}
            style={{ width: 280 }}
            onSearch={(q) => set({ q: q || undefined })}
            data-testid="complaint-search"
          />
          <Select
            allowClear
            style={{ width: 150 }}
            placeholder={t('complaints.list.state')}
            options={COMPLAINT_STATES.map((s) => ({ value: s, label: t(`complaints.states.${s}`) }))}
            onChange={(state?: ComplaintQuery['state']) => set({ state })}
          />
          <Select
            allowClear
            style={{ width: 150 }}
            placeholder={t('complaints.list.kind')}
            options={COMPLAINT_KINDS.map((k) => ({ value: k, label: t(`complaints.kinds.${k}`) }))}
            onChange={(kind?: ComplaintQuery['kind']) => set({ kind })}
          />
          <Checkbox onChange={(e) => set({ overdue: e.target.checked ? 'true' : undefined })}>
            {t('complaints.list.onlyOverdue')}
          </Checkbox>
        </Space>
      </Card>
      <Card>
        <Table<ComplaintSummary>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          data-testid="complaints-table"
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: list.data?.total ?? 0,
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
          columns={[
            {
              title: t('complaints.list.ref'),
              dataIndex: 'ref',
              render: (ref: string, c) => (
                <Link to={`/app/complaints/reports/${c.id}`} translate="no">
                  {ref}
                </Link>
              ),
            },
            { title: t('complaints.list.received'), dataIndex: 'receivedOn' },
            { title: t('complaints.list.kind'), dataIndex: 'kind', render: (k: string) => t(`complaints.kinds.${k}`) },
            { title: t('complaints.list.address'), dataIndex: 'address', ellipsis: true },
            { title: t('complaints.list.org'), dataIndex: 'handlingOrgName' },
            {
              title: t('complaints.list.state'),
              dataIndex: 'state',
              render: (s: string) => <ComplaintStateTag state={s} />,
            },
            {
              title: t('complaints.list.nextDue'),
              dataIndex: 'nextDue',
              render: (d: string | null, c) =>
                c.overdue ? <Tag color="red">{`${d ?? ''} ${t('complaints.list.overdue')}`}</Tag> : (d ?? '—'),
            },
          ]}
        />
      </Card>
      <StaffIntakeModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
