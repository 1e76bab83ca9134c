import { EnvironmentOutlined } from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import type { PublicOverview } from '../api';

/** The province's cities as small cards, in the order the server gives (region code order). */
export function CityGrid({ cities }: { cities: PublicOverview['cities'] }) {
  return (
    <Row gutter={[12, 12]} data-testid="city-list">
      {cities.map((city) => (
        <Col key={city.regionCode} xs={12} sm={8} md={6} lg={4}>
          <Card size="small" data-testid={`city-${city.regionCode}`}>
            <EnvironmentOutlined style={{ color: '#1f7a4d', marginRight: 6 }} />
            <Typography.Text strong>{city.name}</Typography.Text>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {city.regionCode}
            </Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
