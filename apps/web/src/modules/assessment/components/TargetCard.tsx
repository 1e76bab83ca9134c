import { Card, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLOURS } from '../colours';
import { targetProgressPercent } from '../target-view';
import type { TargetProgress } from '../types';

function figure(value: number | null, unit: string): string {
  return value === null ? '—' : `${value}${unit === '%' ? '%' : ` ${unit}`}`;
}

/**
 * One national-assessment target: its status (on track / at risk / off track) with the server's
 * reason, the value to date against the target, what the rest of the year must average and the
 * projection. The reason is the server's own sentence (English), shown as given.
 */
export function TargetCard({ target }: { target: TargetProgress }) {
  const { t } = useTranslation();
  const status = target.status;
  const colour = status ? STATUS_COLOURS[status] : '#8c8c8c';
  const direction = t(`assessment.targets.directions.${target.direction}`);
  return (
    <Card
      size="small"
      data-testid={`target-card-${target.id}`}
      data-status={status ?? 'none'}
      style={{ borderTop: `3px solid ${colour}`, height: '100%' }}
      title={`${target.regionName} · ${target.name}`}
      extra={
        <Tag color={colour} data-testid={`target-status-${target.id}`} data-status={status ?? 'none'}>
          {status ? t(`assessment.targets.statuses.${status}`) : t('assessment.targets.noStatus')}
        </Tag>
      }
    >
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Typography.Text>
          {t('assessment.targets.actualVsTarget', {
            actual: figure(target.actual, target.unit),
            direction,
            target: figure(target.targetValue, target.unit),
          })}
        </Typography.Text>
        <Progress percent={targetProgressPercent(target)} showInfo={false} strokeColor={colour} size="small" />
        <Typography.Text type="secondary">
          {t('assessment.targets.restMust', { value: figure(target.requiredForRest, target.unit) })}
          {' · '}
          {t('assessment.targets.projected', { value: figure(target.projected, target.unit) })}
        </Typography.Text>
        <Typography.Text data-testid={`target-reason-${target.id}`} style={{ fontSize: 12 }}>
          {target.reason}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('assessment.targets.asOf', { date: target.asOf, elapsed: target.daysElapsed, total: target.daysInYear })}
        </Typography.Text>
      </Space>
    </Card>
  );
}
