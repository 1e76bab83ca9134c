import { Alert, Card, Col, Grid, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AqiLegend } from '../../assessment/shared';
import { CityAqiTable } from '../components/CityAqiTable';
import { OpenDataCard } from '../components/OpenDataCard';
import { PortalAirMap } from '../components/PortalAirMap';
import { useOverview, usePublicAirNow } from '../hooks/usePortal';
import { useRegionName } from '../hooks/useRegionName';
import { hourEndLabel } from '../hour-label';

/**
 * The public front page (the portal's "air now"): the province map with each city's AQI and the
 * stations, the cities' table, and the way to the open data. No login needed; the portal frame
 * (PortalLayout) carries the product name, language switch and login button.
 */
export function LandingPage() {
  const { t } = useTranslation();
  const overview = useOverview();
  const now = usePublicAirNow();
  const nameOf = useRegionName();
  const screens = Grid.useBreakpoint();
  const province = overview.data?.province;
  const hourEnd = now.data?.cities[0]?.hourEnd;

  if (overview.isError && now.isError) return <Alert type="warning" title={t('errors.SERVICE_UNAVAILABLE')} showIcon />;
  return (
    <>
      <Typography.Title level={screens.md ? 2 : 4} style={{ marginTop: 0 }}>
        <span data-testid="province-name">
          {province ? nameOf(province.regionCode, province.name) : overview.isPending ? '…' : t('landing.noProvince')}
        </span>
        {' · '}
        {t('assessment.portal.airNow')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" data-testid="portal-as-of">
        {hourEnd ? t('assessment.common.hourEnd', { at: hourEndLabel(hourEnd) }) : t('assessment.portal.noData')}
        {overview.data ? ` · ${t('landing.cityCount', { count: overview.data.cities.length })}` : ''}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={13}>
          <Card size="small">
            <AqiLegend />
            {now.isPending ? <Skeleton active /> : <PortalAirMap now={now.data} height={screens.md ? 520 : 360} />}
          </Card>
        </Col>
        <Col xs={24} lg={11}>
          <Card size="small" title={t('assessment.portal.cities')}>
            <CityAqiTable cities={now.data?.cities ?? []} loading={now.isPending} />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title={t('assessment.portal.more')}>
            <Typography.Paragraph>
              <Link to="/portal/water">{t('assessment.portal.nav.water')}</Link>
              {' · '}
              <Link to="/portal/ranking">{t('assessment.portal.nav.ranking')}</Link>
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {t('landing.intro')}
            </Typography.Paragraph>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <OpenDataCard />
        </Col>
      </Row>
    </>
  );
}
