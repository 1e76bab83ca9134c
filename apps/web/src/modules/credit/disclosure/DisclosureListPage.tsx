import type { DisclosureListView } from '@ecocloud/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../ui/PageHeader';
import { YearSelect } from './YearSelect';
import { hasPermission, useSession } from '../../auth/shared';
import { fetchList, stepList, type ListStep } from './api';

type Unit = DisclosureListView['units'][number];

/**
 * /app/credit/disclosure/list — the year's list of units that must disclose (§7–10): build from the record,
 * publish for 10 working days of notice, fix by the end of March.
 */
export function DisclosureListPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const client = useQueryClient();
  const [year, setYear] = useState(new Date().getFullYear());
  const [noticeFrom, setNoticeFrom] = useState<Dayjs | null>(null);
  const list = useQuery({ queryKey: ['credit', 'list', year], queryFn: () => fetchList(year) });
  const step = useMutation({
    mutationFn: (s: ListStep) => stepList(year, s, s === 'publish' ? noticeFrom?.format('YYYY-MM-DD') : undefined),
    onSuccess: (l) => client.setQueryData(['credit', 'list', year], l),
  });
  const l = list.data;
  return (
    <>
      <PageHeader
        title={t('creditRating.list.title')}
        extra={<YearSelect value={year} onChange={setYear} testId="list-year" />}
      />
      <Typography.Paragraph type="secondary">{t('creditRating.list.intro')}</Typography.Paragraph>
      <Card>
        {l ? (
          <Descriptions size="small" column={{ xs: 1, md: 4 }}>
            <Descriptions.Item label={t('creditRating.runs.status')}>
              <Tag data-testid="list-status">{t(`creditRating.listStatus.${l.status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('creditRating.list.notice')}>
              {l.noticeFrom ? `${l.noticeFrom} ~ ${l.noticeUntil}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('creditRating.list.fixedOn')}>{l.fixedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('creditRating.list.fixBy')}>{l.fixBy}</Descriptions.Item>
          </Descriptions>
        ) : null}
        <Space wrap style={{ margin: '12px 0' }}>
          {hasPermission(me, 'credit:write') && l?.status === 'draft' ? (
            <Button onClick={() => step.mutate('build')} loading={step.isPending} data-testid="list-build">
              {t('creditRating.list.build')}
            </Button>
          ) : null}
          {hasPermission(me, 'credit:review') && l?.status === 'draft' && l.units.length > 0 ? (
            <>
              <DatePicker value={noticeFrom} onChange={setNoticeFrom} placeholder={t('creditRating.list.noticeFrom')} />
              <Button disabled={!noticeFrom} onClick={() => step.mutate('publish')} data-testid="list-publish">
                {t('creditRating.list.publish')}
              </Button>
            </>
          ) : null}
          {hasPermission(me, 'credit:review') && l?.status === 'notice' ? (
            <Button type="primary" onClick={() => step.mutate('fix')} data-testid="list-fix">
              {t('creditRating.list.fix')}
            </Button>
          ) : null}
        </Space>
        <Table<Unit>
          rowKey="id"
          loading={list.isFetching}
          dataSource={l?.units ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('creditRating.list.empty') }}
          columns={[
            { title: t('creditRating.enterprise'), dataIndex: 'enterpriseName' },
            { title: t('creditRating.uscc'), dataIndex: 'uscc' },
            {
              title: t('creditRating.list.reasons'),
              key: 'reasons',
              render: (_, u) =>
                u.reasons.map((r) => <Tag key={r.reason}>{t(`creditRating.disclosureReasons.${r.reason}`)}</Tag>),
            },
            {
              title: t('creditRating.list.until'),
              key: 'until',
              render: (_, u) =>
                u.listedUntil === null
                  ? t('creditRating.list.whileKey')
                  : t('creditRating.runs.yearText', { year: u.listedUntil }),
            },
            {
              title: t('creditRating.list.source'),
              key: 'source',
              render: (_, u) => t(`creditRating.list.sources.${u.source}`),
            },
          ]}
        />
      </Card>
    </>
  );
}
