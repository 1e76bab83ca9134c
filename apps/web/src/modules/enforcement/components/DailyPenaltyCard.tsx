import type { CaseDetail } from '@ecocloud/contracts';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { yuanText } from '../labels';

type Daily = NonNullable<CaseDetail['dailyPenalty']>;

/** 按日连续处罚: where the count starts, each cycle (from, to the re-inspection, days, amount) and the total. */
export function DailyPenaltyCard({ daily }: { daily: Daily }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('enforcement.detail.dailyPenalty')}
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="daily-penalty"
    >
      <Typography.Paragraph type="secondary">{t(`enforcement.detail.dailyStart.${daily.start}`)}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        rowKey="from"
        dataSource={daily.cycles}
        columns={[
          { key: 'from', title: t('enforcement.detail.dailyFrom'), dataIndex: 'from' },
          { key: 'to', title: t('enforcement.detail.dailyTo'), dataIndex: 'to' },
          { key: 'days', title: t('enforcement.detail.dailyDays'), dataIndex: 'days', align: 'right' },
          {
            key: 'amount',
            title: t('enforcement.detail.dailyAmount'),
            align: 'right',
            render: (_, c) => yuanText(c.amountYuan, t),
          },
        ]}
      />
      <Typography.Paragraph strong style={{ marginTop: 8, marginBottom: 0 }} data-testid="daily-penalty-total">
        {t('enforcement.detail.dailyTotal', { days: daily.totalDays, amount: yuanText(daily.totalYuan, t) })}
      </Typography.Paragraph>
    </Card>
  );
}
