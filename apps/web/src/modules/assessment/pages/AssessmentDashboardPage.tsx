import { Badge, Card, Col, Row, Segmented, Select, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { canSeeRegion, defaultCity, hasPermission, useSession } from '../../auth/shared';
import { CityTrendChart } from '../components/CityTrendChart';
import { RankingTable } from '../components/RankingTable';
import { TargetCards } from '../components/TargetCards';
import { WorstCityWhy } from '../components/WorstCityWhy';
import { useAirNow, useOpenAlertCount, useRanking } from '../hooks/useAirQueries';
import { useTargets } from '../hooks/useTargets';
import { aqiMapPieces } from '../colours';
import {
  aqiRegionValues,
  aqiStationPoints,
  compositeRegionValues,
  rankPieces,
  statusPieces,
  targetRegionValues,
} from '../map-values';
import { lastCompleteMonth, monthAnchor, monthsEnding, shanghaiToday } from '../periods';
import { formatInstant } from '../../../ui/format-time';
import { ProvinceMap } from '../../../ui/map/ProvinceMap';
import { PageHeader } from '../../../ui/PageHeader';

type MapMode = 'aqi' | 'composite' | 'targets';

/** /app/assessment — the leader's view: map, last month's ranking with the "why", targets, trends, open alerts. */
export function AssessmentDashboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const today = shanghaiToday();
  const month = lastCompleteMonth(today);
  const [mode, setMode] = useState<MapMode>('aqi');
  const now = useAirNow();
  const ranking = useRanking({ period: 'month', date: monthAnchor(month) });
  const targets = useTargets({ year: Number(today.slice(0, 4)) });
  const alerts = useOpenAlertCount(hasPermission(me, 'alerts:read'));
  const cities = ranking.data?.cities ?? [];
  const [trendCity, setTrendCity] = useState<string | undefined>(undefined);
  // The trend offers only cities the user may read, and opens on their own city (a city officer's scope).
  const trendChoices = useMemo(() => cities.filter((c) => canSeeRegion(me, c.regionCode)), [cities, me]);
  const chosenCity =
    trendCity ??
    defaultCity(
      me,
      trendChoices.filter((c) => c.rank !== null).map((c) => c.regionCode),
    );
  const cityHref = useCallback(
    (code: string) => (canSeeRegion(me, code) ? `/app/assessment/cities/${code}` : undefined),
    [me],
  );
  const months = useMemo(() => monthsEnding(month, 13), [month]);
  const categoryOf = useCallback((level: number) => t(`assessment.levels.${level}`), [t]);

  const regionValues = useMemo(() => {
    if (mode === 'composite') return compositeRegionValues(cities);
    if (mode === 'targets')
      return targetRegionValues(targets.data?.items ?? [], (s) => t(`assessment.targets.statuses.${s}`));
    return aqiRegionValues(now.data?.cities ?? [], categoryOf);
  }, [mode, cities, targets.data, now.data, t, categoryOf]);
  const pieces = useMemo(() => {
    if (mode === 'composite') return rankPieces((band) => t(`assessment.dashboard.rankBands.${band}`));
    if (mode === 'targets') return statusPieces((s) => t(`assessment.targets.statuses.${s}`));
    return aqiMapPieces(categoryOf);
  }, [mode, t, categoryOf]);
  const points = useMemo(
    () => (mode === 'aqi' ? aqiStationPoints(now.data?.stations ?? [], categoryOf) : []),
    [mode, now.data, categoryOf],
  );

  return (
    <>
      <PageHeader
        title={t('assessment.dashboard.title')}
        extra={
          hasPermission(me, 'alerts:read') ? (
            <Link to="/app/monitoring/alerts" data-testid="open-alerts">
              <Badge count={alerts.data ?? 0} overflowCount={999} showZero color={alerts.data ? '#f5222d' : '#52c41a'}>
                <Typography.Text style={{ paddingRight: 16 }}>{t('assessment.dashboard.openAlerts')}</Typography.Text>
              </Badge>
            </Link>
          ) : null
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={11}>
          <Card
            title={t('assessment.dashboard.map')}
            extra={
              <Segmented<MapMode>
                data-testid="map-mode"
                value={mode}
                onChange={setMode}
                options={(['aqi', 'composite', 'targets'] as const).map((m) => ({
                  value: m,
                  label: t(`assessment.dashboard.mapModes.${m}`),
                }))}
              />
            }
          >
            {mode === 'aqi' && now.data?.asOf ? (
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                {t('assessment.common.hourEnd', {
                  at: formatInstant(now.data.cities[0]?.hourEnd ?? null).slice(0, 16),
                })}
              </Typography.Paragraph>
            ) : null}
            <ProvinceMap
              regionValues={regionValues}
              points={points}
              pieces={pieces}
              height={460}
              onRegionClick={(code) => {
                const href = cityHref(code);
                if (href) navigate(href);
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={13}>
          <Card
            title={t('assessment.dashboard.ranking', { month })}
            extra={<Link to="/app/assessment/ranking">{t('assessment.dashboard.more')}</Link>}
          >
            <RankingTable cities={cities} loading={ranking.isFetching} cityHref={cityHref} />
            <div style={{ marginTop: 12 }}>
              <WorstCityWhy cities={cities} limitsStandard={ranking.data?.limitsStandard ?? ''} />
            </div>
          </Card>
        </Col>
        <Col span={24}>
          <Card
            title={t('assessment.dashboard.targets')}
            extra={<Link to="/app/assessment/targets">{t('assessment.dashboard.more')}</Link>}
            loading={targets.isPending}
          >
            <TargetCards
              targets={(targets.data?.items ?? []).filter((x) => x.indicator.startsWith('air.'))}
              limit={6}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card
            title={t('assessment.dashboard.trend')}
            extra={
              <Space>
                <Select
                  data-testid="trend-city"
                  style={{ width: 140 }}
                  value={chosenCity}
                  onChange={setTrendCity}
                  options={trendChoices.map((c) => ({ value: c.regionCode, label: c.name }))}
                />
              </Space>
            }
          >
            {chosenCity ? <CityTrendChart regionCode={chosenCity} months={months} /> : null}
          </Card>
        </Col>
      </Row>
    </>
  );
}
