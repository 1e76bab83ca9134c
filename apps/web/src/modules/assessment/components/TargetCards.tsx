import { Col, Empty, Row } from 'antd';
import { sortByConcern } from '../target-view';
import type { TargetProgress } from '../types';
import { TargetCard } from './TargetCard';

/** Target cards, the most worrying first, on a responsive grid. */
export function TargetCards({ targets, limit }: { targets: TargetProgress[]; limit?: number }) {
  const shown = sortByConcern(targets).slice(0, limit ?? targets.length);
  if (shown.length === 0) return <Empty />;
  return (
    <Row gutter={[12, 12]} data-testid="target-cards">
      {shown.map((target) => (
        <Col key={target.id} xs={24} md={12} xl={8}>
          <TargetCard target={target} />
        </Col>
      ))}
    </Row>
  );
}
