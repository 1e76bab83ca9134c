import type { PublicDecision } from '@ecocloud/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { yuanText } from '../../enforcement';
import { fetchPublicDecisions } from '../api';

/** /portal/decisions — the published penalty decisions, searched by unit name, credit code or number. */
export function PortalDecisionsPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = { ...(q ? { q } : {}), ...paging };
  const list = useQuery({
    queryKey: ['portal', 'decisions', query],
    queryFn: () => fetchPublicDecisions(query),
    placeholderData: keepPreviousData,
  });
  return (
    <Card data-testid="portal-decisions">
      <Typography.Title level={3}>{t('enforcement.portal.decisions')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('enforcement.portal.decisionsIntro')}</Typography.Paragraph>
      <Input.Search
        allowClear
        style={{ maxWidth: 420, marginBottom: 16 }}
        placeholder={t('enforcement.portal.search')}
        data-testid="portal-decisions-search"
        onSearch={(value) => {
          setQ(value.trim());
          setPaging((p) => ({ ...p, page: 1 }));
        }}
      />
      <Table<PublicDecision>
        rowKey="caseNo"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('enforcement.portal.emptyDecisions') }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: list.data?.total ?? 0,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        columns={[
          { title: t('enforcement.portal.caseNo'), dataIndex: 'caseNo' },
          { title: t('enforcement.portal.party'), dataIndex: 'enterpriseName' },
          { title: t('enforcement.inspections.uscc'), dataIndex: 'uscc' },
          { title: t('enforcement.portal.violation'), dataIndex: 'violationText' },
          { title: t('enforcement.portal.basis'), dataIndex: 'basisCitation' },
          { title: t('enforcement.portal.fine'), key: 'fine', render: (_, d) => yuanText(d.fineYuan, t) },
          { title: t('enforcement.portal.decisionDate'), dataIndex: 'decisionDate' },
          { title: t('enforcement.inspections.authority'), dataIndex: 'authority' },
        ]}
      />
    </Card>
  );
}
