import type { CaseClockView } from '@ecocloud/contracts';
import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { clockText, markText, yuanText } from '../labels';
import { ClockStatusTag } from './CaseStateTag';

/** One legal clock: its name, the rule's words and citation (⚠ shown as unverified), the dates and where it stands. */
function ClockItem({ clock }: { clock: CaseClockView }) {
  const { t } = useTranslation();
  const mark = markText(clock.mark, t);
  const unverified = clock.mark.includes('⚠');
  return (
    <List.Item data-testid={`clock-${clock.code}`}>
      <Space orientation="vertical" size={2} style={{ width: '100%' }}>
        <Space wrap size={6}>
          <Typography.Text strong data-testid={`clock-name-${clock.code}`}>
            {clockText(clock.code, t)}
          </Typography.Text>
          <ClockStatusTag clock={clock} testId={`clock-status-${clock.code}`} />
          {mark ? (
            <Tag color={unverified ? 'warning' : 'default'} data-testid={`clock-mark-${clock.code}`}>
              {unverified ? `⚠ ${mark}` : mark}
            </Tag>
          ) : null}
        </Space>
        <Typography.Text type="secondary">{clock.text}</Typography.Text>
        <Typography.Text type="secondary" italic>
          {clock.citation}
        </Typography.Text>
        <Space wrap size={12}>
          <span>{t('enforcement.clock.due', { date: clock.dueDate })}</span>
          {clock.extended > 0 ? <span>{t('enforcement.clock.extended', { days: clock.extended })}</span> : null}
          {clock.pausedDays > 0 ? <span>{t('enforcement.clock.pausedDays', { days: clock.pausedDays })}</span> : null}
          {clock.lateFeeYuan !== null ? (
            <Typography.Text type={clock.lateFeeYuan > 0 ? 'danger' : undefined} data-testid="clock-late-fee">
              {t('enforcement.clock.lateFee', { amount: yuanText(clock.lateFeeYuan, t) })}
            </Typography.Text>
          ) : null}
        </Space>
      </Space>
    </List.Item>
  );
}

/** 法定期限: every clock of the case, those still running first. */
export function ClocksCard({ clocks }: { clocks: CaseClockView[] }) {
  const { t } = useTranslation();
  const ordered = [...clocks].sort((a, b) => Number(a.doneOn !== null) - Number(b.doneOn !== null));
  return (
    <Card
      title={t('enforcement.detail.clocksTitle')}
      size="small"
      data-testid="clocks-card"
      style={{ marginBottom: 16 }}
    >
      {ordered.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enforcement.detail.clocksEmpty')} />
      ) : (
        <List
          size="small"
          dataSource={ordered}
          rowKey={(c) => `${c.code}-${c.from}`}
          renderItem={(c) => <ClockItem clock={c} />}
        />
      )}
    </Card>
  );
}
