import type { PublicPunishmentRecord, PublicRepairDecision } from '@ecocloud/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Input, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { yuanText } from '../../enforcement';
import { fetchPublicPunishments, fetchPublicRepairs } from './repair-api';

/** /portal/credit-repair — punishment records within their publication period and approved repairs, by name or credit code. */
export function PortalCreditRepairPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [tab, setTab] = useState<'punishments' | 'repairs'>('punishments');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = { ...(q ? { q } : {}), ...paging };
  const punishments = useQuery({
    queryKey: ['portal', 'credit', 'punishments', query],
    queryFn: () => fetchPublicPunishments(query),
    placeholderData: keepPreviousData,
    enabled: tab === 'punishments',
  });
  const repairs = useQuery({
    queryKey: ['portal', 'credit', 'repairs', query],
    queryFn: () => fetchPublicRepairs(query),
    placeholderData: keepPreviousData,
    enabled: tab === 'repairs',
  });
  const pagination = (total: number) => ({
    current: paging.page,
    pageSize: paging.pageSize,
    total,
    onChange: (page: number, pageSize: number) => setPaging({ page, pageSize }),
  });
  return (
    <Card data-testid="portal-credit">
      <Typography.Title level={3}>{t('credit.repair.portal.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('credit.repair.portal.intro')}</Typography.Paragraph>
      <Input.Search
        allowClear
        style={{ maxWidth: 420, marginBottom: 16 }}
        placeholder={t('credit.repair.portal.search')}
        data-testid="portal-credit-search"
        onSearch={(value) => {
          setQ(value.trim());
          setPaging((p) => ({ ...p, page: 1 }));
        }}
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          setTab(k as typeof tab);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
        items={[
          {
            key: 'punishments',
            label: t('credit.repair.portal.punishments'),
            children: (
              <Table<PublicPunishmentRecord>
                rowKey="decisionNo"
                loading={punishments.isFetching}
                dataSource={punishments.data?.items ?? []}
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: t('credit.repair.portal.emptyPunishments') }}
                pagination={pagination(punishments.data?.total ?? 0)}
                columns={[
                  { title: t('credit.repair.records.enterprise'), dataIndex: 'enterpriseName' },
                  { title: t('credit.repair.records.uscc'), dataIndex: 'uscc' },
                  { title: t('credit.repair.records.decisionNo'), dataIndex: 'decisionNo' },
                  { title: t('credit.repair.portal.violation'), dataIndex: 'violationText' },
                  { title: t('credit.repair.portal.fine'), key: 'fine', render: (_, r) => yuanText(r.fineYuan, t) },
                  {
                    title: t('credit.repair.records.class'),
                    key: 'class',
                    render: (_, r) => t(`credit.repair.classes.${r.punishmentClass}`),
                  },
                  { title: t('credit.repair.records.decisionDate'), dataIndex: 'decisionDate' },
                  {
                    title: t('credit.repair.portal.publicationEnds'),
                    key: 'ends',
                    render: (_, r) => r.publicationEnds ?? '',
                  },
                  { title: t('credit.repair.portal.authority'), dataIndex: 'authority' },
                ]}
              />
            ),
          },
          {
            key: 'repairs',
            label: t('credit.repair.portal.repairs'),
            children: (
              <Table<PublicRepairDecision>
                rowKey="decisionNo"
                loading={repairs.isFetching}
                dataSource={repairs.data?.items ?? []}
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: t('credit.repair.portal.emptyRepairs') }}
                pagination={pagination(repairs.data?.total ?? 0)}
                columns={[
                  { title: t('credit.repair.records.enterprise'), dataIndex: 'enterpriseName' },
                  { title: t('credit.repair.records.uscc'), dataIndex: 'uscc' },
                  { title: t('credit.repair.records.decisionNo'), dataIndex: 'decisionNo' },
                  { title: t('credit.repair.portal.repairedOn'), dataIndex: 'repairedOn' },
                  { title: t('credit.repair.portal.authority'), dataIndex: 'authority' },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
