import type { PublicDisclosureListSchema, PublicRatingListSchema } from '@ecocloud/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Input, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { http } from '../../../lib/http';
import { LevelTag } from '../rating/levels';

type Ratings = z.infer<typeof PublicRatingListSchema>;
type Disclosures = z.infer<typeof PublicDisclosureListSchema>;

/** /portal/credit — published credit ratings and filed disclosure reports, searched by name or credit code. */
export function PortalCreditPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const query = { ...(q ? { q } : {}), page: 1, pageSize: 100 };
  const ratings = useQuery({
    queryKey: ['portal', 'credit', 'ratings', query],
    queryFn: () => http<Ratings>('/api/v1/public/credit/ratings', { query }),
    placeholderData: keepPreviousData,
  });
  const reports = useQuery({
    queryKey: ['portal', 'credit', 'disclosures', query],
    queryFn: () => http<Disclosures>('/api/v1/public/credit/disclosures', { query }),
    placeholderData: keepPreviousData,
  });
  return (
    <Card data-testid="portal-credit">
      <Typography.Title level={3}>{t('creditRating.portal.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('creditRating.portal.intro')}</Typography.Paragraph>
      <Input.Search
        allowClear
        style={{ maxWidth: 420, marginBottom: 16 }}
        placeholder={t('creditRating.portal.search')}
        data-testid="portal-credit-search"
        onSearch={(v) => setQ(v.trim())}
      />
      <Tabs
        items={[
          {
            key: 'ratings',
            label: t('creditRating.portal.ratings'),
            children: (
              <Table<Ratings['items'][number]>
                rowKey={(r) => `${r.year}|${r.uscc}`}
                loading={ratings.isFetching}
                dataSource={ratings.data?.items ?? []}
                locale={{ emptyText: t('creditRating.portal.empty') }}
                data-testid="portal-ratings"
                columns={[
                  { title: t('creditRating.runs.year'), dataIndex: 'year' },
                  { title: t('creditRating.enterprise'), dataIndex: 'enterpriseName' },
                  { title: t('creditRating.uscc'), dataIndex: 'uscc' },
                  {
                    title: t('creditRating.level'),
                    key: 'level',
                    render: (_, r) => (
                      <>
                        <LevelTag level={r.level} t={t} />
                        {r.jointPunishment ? <Tag color="volcano">{t('creditRating.joint')}</Tag> : null}
                      </>
                    ),
                  },
                  { title: t('creditRating.runs.publishedOn'), dataIndex: 'publishedOn' },
                ]}
              />
            ),
          },
          {
            key: 'disclosures',
            label: t('creditRating.portal.disclosures'),
            children: (
              <Table<Disclosures['items'][number]>
                rowKey={(r) => `${r.uscc}|${r.kind}|${r.year}|${r.filedOn}|${String(r.event)}`}
                loading={reports.isFetching}
                dataSource={reports.data?.items ?? []}
                locale={{ emptyText: t('creditRating.portal.empty') }}
                columns={[
                  { title: t('creditRating.enterprise'), dataIndex: 'enterpriseName' },
                  { title: t('creditRating.uscc'), dataIndex: 'uscc' },
                  {
                    title: t('creditRating.reports.kind'),
                    key: 'kind',
                    render: (_, r) =>
                      r.kind === 'annual'
                        ? t('creditRating.reports.annual', { year: r.year })
                        : r.event
                          ? t(`creditRating.events.${r.event}`)
                          : '',
                  },
                  { title: t('creditRating.reports.filedOn'), dataIndex: 'filedOn' },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
