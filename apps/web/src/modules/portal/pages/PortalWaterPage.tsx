import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { WaterSectionMap, WaterSectionsTable } from '../../assessment/shared';
import { usePublicSections } from '../hooks/usePortal';

/** /portal/water — the sections of the latest month by class, on the map and in a table. */
export function PortalWaterPage() {
  const { t } = useTranslation();
  const sections = usePublicSections();
  const items = sections.data?.items ?? [];
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('assessment.portal.waterTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {items[0] ? t('assessment.portal.waterMonth', { month: items[0].month }) : null}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={11}>
          <Card size="small" loading={sections.isPending}>
            <WaterSectionMap sections={items} height={380} />
          </Card>
        </Col>
        <Col xs={24} lg={13}>
          <Card size="small">
            <WaterSectionsTable sections={items} loading={sections.isPending} compact />
          </Card>
        </Col>
      </Row>
    </>
  );
}
