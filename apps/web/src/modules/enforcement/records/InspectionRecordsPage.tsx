import type { InspectionRecordSummary } from '@ecocloud/contracts';
import { INSPECTION_OUTCOMES } from '@ecocloud/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { hasPermission, useSession } from '../../auth/shared';
import { casePath } from '../components/CasesTable';
import { DraftsCard } from './DraftsCard';
import { recordPath, RECORDS_PATH } from './record-paths';
import { recordKeys, useRecords } from './useRecords';

export const OUTCOME_COLORS: Record<string, string> = { compliant: 'success', problems: 'error' };

/**
 * /app/enforcement/inspection-records?planId&enterpriseId — the drafts on this device (待发送 first to the
 * eye), then the records in scope, newest first, filtered by outcome (and by plan or unit from the link).
 */
export function InspectionRecordsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { me } = useSession();
  const [params] = useSearchParams();
  const [outcome, setOutcome] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const query = {
    planId: params.get('planId') ?? undefined,
    enterpriseId: params.get('enterpriseId') ?? undefined,
    outcome,
    page,
    pageSize: 20,
  };
  const records = useRecords(query);
  return (
    <div data-testid="records-page">
      <PageHeader
        title={t('enforcement.records.title')}
        extra={
          hasPermission(me, 'enforcement:inspect') ? (
            <Button
              type="primary"
              size="large"
              onClick={() => void navigate(`${RECORDS_PATH}/new`)}
              data-testid="record-new"
            >
              {t('enforcement.records.create')}
            </Button>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary">{t('enforcement.records.intro')}</Typography.Paragraph>
      <DraftsCard onSent={() => void client.invalidateQueries({ queryKey: recordKeys.all() })} />
      <Card
        size="small"
        title={t('enforcement.records.list')}
        extra={
          <Select
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('enforcement.records.allOutcomes')}
            value={outcome}
            onChange={(v?: string) => {
              setOutcome(v);
              setPage(1);
            }}
            options={INSPECTION_OUTCOMES.map((o) => ({ value: o, label: t(`enforcement.records.outcomes.${o}`) }))}
            data-testid="records-outcome"
          />
        }
      >
        <Table<InspectionRecordSummary>
          rowKey="id"
          size="small"
          loading={records.isFetching}
          dataSource={records.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('enforcement.records.empty') }}
          pagination={{
            current: page,
            pageSize: 20,
            total: records.data?.total ?? 0,
            onChange: setPage,
            hideOnSinglePage: true,
          }}
          data-testid="records-table"
          columns={[
            { title: t('enforcement.records.date'), dataIndex: 'date' },
            {
              title: t('enforcement.records.unit'),
              key: 'unit',
              render: (_, r) => (
                <Link to={recordPath(r.id)} data-testid={`record-row-${r.id}`}>
                  {r.enterpriseName}
                </Link>
              ),
            },
            {
              title: t('enforcement.records.method'),
              key: 'method',
              render: (_, r) => t(`enforcement.records.methods.${r.method}`),
            },
            {
              title: t('enforcement.records.outcome'),
              key: 'outcome',
              render: (_, r) => (
                <Space size={4}>
                  <Tag color={OUTCOME_COLORS[r.outcome]}>{t(`enforcement.records.outcomes.${r.outcome}`)}</Tag>
                  {r.caseId ? <Link to={casePath(r.caseId)}>{t('enforcement.records.openCase')}</Link> : null}
                </Space>
              ),
            },
            {
              title: t('enforcement.records.inspectors'),
              key: 'inspectors',
              render: (_, r) => r.inspectors.map((i) => i.name).join('、'),
            },
          ]}
        />
      </Card>
    </div>
  );
}
