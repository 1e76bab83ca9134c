import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../ui/PageHeader';
import { fetchMyRatings } from './api';
import { LevelTag } from './levels';

/** /app/credit/mine — the enterprise's own ratings once out of the draft (objections open, in review, published). */
export function MyRatingsPage() {
  const { t } = useTranslation();
  const mine = useQuery({ queryKey: ['credit', 'mine'], queryFn: fetchMyRatings });
  const items = mine.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('creditRating.mine.title')} />
      <Card loading={mine.isFetching && items.length === 0}>
        {items.length === 0 ? <Empty description={t('creditRating.mine.empty')} /> : null}
        <List
          dataSource={items}
          renderItem={(r) => (
            <List.Item
              actions={[
                <Link key="open" to={`/app/credit/rating/${r.id}`} data-testid={`my-rating-${r.year}`}>
                  {t('creditRating.mine.open')}
                </Link>,
              ]}
            >
              <Space wrap>
                <strong>{t('creditRating.runs.yearText', { year: r.year })}</strong>
                <span>{r.enterpriseName}</span>
                <LevelTag level={r.level} t={t} />
                <Tag>{t(`creditRating.status.${r.runStatus}`)}</Tag>
                {r.canObject ? (
                  <Tag color="orange">{t('creditRating.mine.canObject', { until: r.objectionsUntil })}</Tag>
                ) : null}
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
