import type { ProblemDetail } from '@ecocloud/contracts';
import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { romanClass } from '../labels';

/** The live class of the water section the target names (assessment's evaluation of the latest month). */
export function MonitoringCard({ monitoring }: { monitoring: NonNullable<ProblemDetail['monitoring']> }) {
  const { t } = useTranslation();
  const p = (key: string, o?: Record<string, string>) => t(`rectification.problem.${key}`, o);
  const cls = (n: number) => p('classLabel', { roman: romanClass(n) });
  return (
    <Card title={p('monitoring')} size="small" style={{ marginBottom: 16 }} data-testid="monitoring-card">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={p('section')}>
          {monitoring.stationName ?? monitoring.stationCode}（{monitoring.stationCode}）
        </Descriptions.Item>
        <Descriptions.Item label={p('requiredClass')}>{cls(monitoring.requiredClass)}</Descriptions.Item>
        <Descriptions.Item label={p('currentClass')}>
          {monitoring.waterClass === null ? (
            p('noData')
          ) : (
            <span data-testid="monitoring-class">
              {cls(monitoring.waterClass)}（{monitoring.month}）{' '}
              <Tag color={monitoring.meetsTarget ? 'green' : 'red'}>
                {p(monitoring.meetsTarget ? 'meets' : 'notMeets')}
              </Tag>
            </span>
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
