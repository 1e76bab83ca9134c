import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Empty, Row, Skeleton, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useLocale } from '../../../lib/locale-context';
import { AqiCalendar, buildAqiBarOption, LevelBadge, pollutantLabel, shanghaiToday } from '../../assessment/shared';
import { HealthAdvice } from '../components/HealthAdvice';
import { StationHoursChart } from '../components/StationHoursChart';
import { useCityCalendar, useCityLast30Days, usePublicAirNow } from '../hooks/usePortal';
import { useRegionName } from '../hooks/useRegionName';
import { hourEndLabel } from '../hour-label';
import { EChart } from '../../../ui/map/EChart';

/**
 * /portal/cities/:regionCode — one city for the public: AQI of the latest hour with its level,
 * category and health advice; a station's last 24 hours; the last 30 days; the year's calendar.
 */
export function PortalCityPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { regionCode } = useParams<{ regionCode: string }>();
  const nameOf = useRegionName();
  const year = Number(shanghaiToday().slice(0, 4));
  const now = usePublicAirNow();
  const days = useCityLast30Days(regionCode);
  const calendar = useCityCalendar(regionCode, year);
  const city = now.data?.cities.find((c) => c.regionCode === regionCode);
  const stations = (now.data?.stations ?? []).filter((s) => s.regionCode === regionCode);
  const option = useMemo(
    () =>
      buildAqiBarOption(
        (days.data?.items ?? []).map((d) => ({ label: d.date.slice(5), aqi: d.aqi, level: d.level })),
        'AQI',
      ),
    [days.data],
  );

  if (now.isPending) return <Skeleton active />;
  if (!city) return <Empty description={t('assessment.portal.noCity', { code: regionCode })} />;
  const category =
    city.level === null
      ? '—'
      : locale === 'en'
        ? (city.categoryEn ?? t(`assessment.levels.${city.level}`))
        : (city.category ?? '—');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/" data-testid="portal-back">
        <ArrowLeftOutlined /> {t('assessment.portal.back')}
      </Link>
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="portal-city-name">
        {nameOf(city.regionCode, city.name)}
      </Typography.Title>
      <Card size="small">
        <Row gutter={[16, 16]} align="middle">
          <Col xs={24} sm={8} style={{ textAlign: 'center' }}>
            <div style={{ fontSize: 14 }}>AQI</div>
            <div data-testid="city-aqi" style={{ fontSize: 48, fontWeight: 700, lineHeight: 1.1 }}>
              {city.aqi ?? '—'}
            </div>
            <LevelBadge aqi={city.aqi} level={city.level} showCategory={false} testId="city-level" />
            <span data-testid="city-category">{category}</span>
          </Col>
          <Col xs={24} sm={16}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('assessment.portal.level')}>
                {city.level === null ? '—' : t(`assessment.levels.${city.level}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('assessment.portal.primary')}>
                {city.primaryPollutants.map(pollutantLabel).join('、') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('assessment.portal.hour')}>
                <span data-testid="city-hour">{`${hourEndLabel(city.hourEnd)}（${t('assessment.portal.live')}）`}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('assessment.portal.standard')}>{city.standard}</Descriptions.Item>
            </Descriptions>
            <HealthAdvice level={city.level} advice={city.advice} />
          </Col>
        </Row>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('assessment.portal.last24h')}>
            <StationHoursChart stations={stations} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('assessment.portal.last30d')}>
            {days.isPending ? <Skeleton active /> : <EChart testId="days-chart" option={option} height={296} />}
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('assessment.portal.calendar', { year })}>
        {calendar.data ? <AqiCalendar year={year} days={calendar.data.days} /> : <Skeleton active />}
      </Card>
    </Space>
  );
}
