import { PROBLEM_STATUSES, HORIZONS, type ProblemStatus, type ProblemSummary, type Horizon } from '@ecocloud/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import { StatusTag } from '../components/StatusTag';
import { useBatches, useProblems } from '../hooks/useRectification';

type Filter = { batchId?: string; status?: ProblemStatus; horizon?: Horizon; q?: string };

/** /app/rectification/problems — the ledger in the user's scope, filtered by batch, status (逾期 included) and horizon. */
export function ProblemsPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [filter, setFilter] = useState<Filter>(() => {
    const batchId = params.get('batchId');
    return batchId ? { batchId } : {};
  });
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const batches = useBatches();
  const list = useProblems({ ...filter, ...paging, sort: 'itemNo', order: 'asc' });
  const set = (next: Filter) => {
    setFilter(next);
    setPaging((p) => ({ ...p, page: 1 }));
  };
  const p = (key: string) => t(`rectification.problems.${key}`);
  const { me } = useSession();
  const navigate = useNavigate();
  // A new problem joins the batch the list is filtered by, if any.
  const create = () =>
    void navigate(
      `/app/rectification/problems/new${filter.batchId ? `?batchId=${encodeURIComponent(filter.batchId)}` : ''}`,
    );
  return (
    <>
      <PageHeader
        title={p('title')}
        extra={
          hasPermission(me, 'rectification:write') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={create} data-testid="problem-create">
              {p('create')}
            </Button>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary">{p('intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Select
            allowClear
            style={{ minWidth: 260 }}
            placeholder={p('allBatches')}
            value={filter.batchId}
            data-testid="filter-batch"
            onChange={(batchId?: string) => set({ ...filter, batchId })}
            options={(batches.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
          />
          <Select
            allowClear
            style={{ minWidth: 160 }}
            placeholder={p('allStatuses')}
            value={filter.status}
            data-testid="filter-status"
            onChange={(status?: ProblemStatus) => set({ ...filter, status })}
            options={PROBLEM_STATUSES.map((s) => ({ value: s, label: t(`rectification.statuses.${s}`) }))}
          />
          <Select
            allowClear
            style={{ minWidth: 120 }}
            placeholder={p('allHorizons')}
            value={filter.horizon}
            onChange={(horizon?: Horizon) => set({ ...filter, horizon })}
            options={HORIZONS.map((h) => ({ value: h, label: t(`rectification.horizons.${h}`) }))}
          />
          <Input.Search
            allowClear
            placeholder={p('search')}
            style={{ width: 240 }}
            onSearch={(q) => set({ ...filter, q: q.trim() || undefined })}
          />
        </Space>
      </Card>
      <Card>
        <Table<ProblemSummary>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: list.data?.total ?? 0,
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
          columns={[
            { title: p('batch'), dataIndex: 'batchName' },
            { title: p('itemNo'), dataIndex: 'itemNo' },
            {
              title: p('problem'),
              key: 'problem',
              render: (_, r) => (
                <Link to={`/app/rectification/problems/${r.id}`} data-testid={`problem-link-${r.id}`}>
                  {r.problem}
                </Link>
              ),
            },
            { title: p('region'), dataIndex: 'regionName' },
            { title: p('leadOrg'), dataIndex: 'leadOrgName' },
            { title: p('deadline'), dataIndex: 'deadline' },
            { title: p('horizon'), key: 'horizon', render: (_, r) => t(`rectification.horizons.${r.horizon}`) },
            {
              title: p('status'),
              key: 'status',
              render: (_, r) => <StatusTag status={r.status} testId={`problem-status-${r.id}`} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
