import { ApiOutlined } from '@ant-design/icons';
import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const ROUTES = [
  '/api/v1/open/air/city-daily?from=&to=&regionCode=',
  '/api/v1/open/air/city-daily.csv',
  '/api/v1/open/air/ranking',
  '/api/v1/open/water/sections',
];

/** Where the open data lives: the OpenAPI documentation and the open routes (an X-API-Key raises the rate limit). */
export function OpenDataCard() {
  const { t } = useTranslation();
  return (
    <Card
      title={
        <span>
          <ApiOutlined /> {t('assessment.portal.openData.title')}
        </span>
      }
      data-testid="open-data"
    >
      <Typography.Paragraph>{t('assessment.portal.openData.intro')}</Typography.Paragraph>
      <Typography.Paragraph>
        <a href="/api/docs" data-testid="open-data-docs">
          {t('assessment.portal.openData.docs')}
        </a>
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={ROUTES}
        renderItem={(r) => (
          <List.Item>
            <Typography.Text code>{r}</Typography.Text>
          </List.Item>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('assessment.portal.openData.limits')}
      </Typography.Paragraph>
    </Card>
  );
}
