import { Card, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { STATUS_COLOURS } from '../colours';
import {
  targetAttainmentPercent,
  targetFigure as figure,
  targetReasonMessage,
  yearElapsedPercent,
} from '../target-view';
import type { TargetProgress } from '../types';

/**
 * One national-assessment target: its status (on track / at risk / off track) with the reason worded
 * from its code, the value to date against the target with the progress toward it, what the rest of
 * the year must reach and the projection, or, once lost, the best year still possible and the gap.
 * Time elapsed is shown apart from the progress toward the target.
 */
export function TargetCard({ target }: { target: TargetProgress }) {
  const { t } = useTranslation();
  const status = target.status;
  const colour = status ? STATUS_COLOURS[status] : '#8c8c8c';
  const direction = t(`assessment.targets.directions.${target.direction}`);
  const reason = targetReasonMessage(target);
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
        <Progress
          data-testid={`target-attainment-${target.id}`}
          percent={targetAttainmentPercent(target) ?? 0}
          format={(p) => t('assessment.targets.attainment', { percent: p })}
          strokeColor={colour}
          size="small"
        />
        {target.reason === 'already_lost' ? (
          <Typography.Text type="danger" data-testid={`target-lost-${target.id}`}>
            {t('assessment.targets.lostLine', {
              best: figure(target.bestAchievable, target.unit),
              shortfall: figure(target.shortfall, target.unit),
            })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">
            {/* No figure to reach once secured (any rest will do) or without data: only the projection. */}
            {target.requiredForRest !== null
              ? `${t('assessment.targets.restMust', { value: figure(target.requiredForRest, target.unit) })} · `
              : ''}
            {t('assessment.targets.projected', { value: figure(target.projected, target.unit) })}
          </Typography.Text>
        )}
        <Typography.Text data-testid={`target-reason-${target.id}`} style={{ fontSize: 12 }}>
          {t(reason.key, reason.values)}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`target-elapsed-${target.id}`}>
          {t('assessment.targets.asOf', {
            date: target.asOf,
            elapsed: target.daysElapsed,
            total: target.daysInYear,
            percent: yearElapsedPercent(target),
          })}
        </Typography.Text>
      </Space>
    </Card>
  );
}
