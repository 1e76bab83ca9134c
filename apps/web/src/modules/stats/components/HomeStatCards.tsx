import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { HOME_STAT_KEYS, type HomeStats } from '../api';

/** One antd Statistic card per home count; `stat-<key>` test ids let the e2e read them. */
export function HomeStatCards({ stats, loading }: { stats: HomeStats | undefined; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      {HOME_STAT_KEYS.map((key) => (
        <Col key={key} xs={24} sm={12} lg={8}>
          <Card data-testid={`stat-${key}`} loading={loading}>
            <Statistic title={t(`home.stats.${key}`)} value={stats?.[key] ?? 0} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
