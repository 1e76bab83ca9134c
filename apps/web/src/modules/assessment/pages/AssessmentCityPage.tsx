import { Alert, Card, Col, List, Row, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { AqiCalendar, AqiMonthCalendar } from '../components/AqiCalendar';
import { CityStats } from '../components/CityStats';
import { LevelBadge } from '../components/LevelBadge';
import { PeriodSelector, type PeriodState } from '../components/PeriodSelector';
import { buildAqiBarOption } from '../chart-options';
import { useAirNow, useCityDetail } from '../hooks/useAirQueries';
import { lastCompleteMonth, monthAnchor, periodQuery, shanghaiToday } from '../periods';
import { EChart } from '../../../ui/map/EChart';
import { PageHeader } from '../../../ui/PageHeader';

/** /app/assessment/cities/:regionCode — one city over a chosen period, its daily AQI and its stations. */
export function AssessmentCityPage() {
  const { t } = useTranslation();
  const { regionCode } = useParams<{ regionCode: string }>();
  const [period, setPeriod] = useState<PeriodState>(() => ({
    kind: 'month',
    anchor: monthAnchor(lastCompleteMonth(shanghaiToday())),
  }));
  const query = periodQuery(period.kind, period.anchor, period.range);
  const detail = useCityDetail(regionCode, query);
  const now = useAirNow();
  const stations = (now.data?.stations ?? []).filter((s) => s.regionCode === regionCode);
  const days = detail.data?.days ?? [];
  const option = useMemo(
    () =>
      buildAqiBarOption(
        days.map((d) => ({ label: d.date, aqi: d.aqi, level: d.level })),
        'AQI',
      ),
    [days],
  );
  const years = [...new Set(days.map((d) => Number(d.date.slice(0, 4))))];
  // A month or a quarter reads best as month calendars; longer periods as a year of rows.
  const months = [...new Set(days.map((d) => d.date.slice(0, 7)))];
  const canQuery = period.kind !== 'custom' || period.range !== undefined;

  return (
    <>
      <PageHeader
        title={<span data-testid="city-title">{detail.data?.city.name ?? regionCode}</span>}
        extra={<PeriodSelector value={period} onChange={setPeriod} />}
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {!canQuery ? <Alert type="info" showIcon title={t('assessment.periods.pickRange')} /> : null}
        <Card
          loading={detail.isPending && canQuery}
          title={
            detail.data
              ? `${detail.data.city.name} · ${t('assessment.city.period', { from: query.from ?? detail.data.days[0]?.date ?? '', to: query.to ?? days[days.length - 1]?.date ?? '' })}`
              : undefined
          }
        >
          {detail.data ? <CityStats city={detail.data.city} limitsStandard={detail.data.limitsStandard} /> : null}
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <Card title={t('assessment.city.dailySeries')}>
              <EChart testId="city-daily-chart" option={option} height={300} />
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Card title={t('assessment.city.calendar')}>
              {months.length <= 3
                ? months.map((month, i) => (
                    <div key={month} style={{ marginTop: i > 0 ? 16 : 0 }}>
                      <AqiMonthCalendar
                        month={month}
                        days={days}
                        testId={i === 0 ? 'aqi-calendar' : `aqi-calendar-${month}`}
                      />
                    </div>
                  ))
                : years.map((year) => (
                    <div key={year}>
                      <Typography.Text strong>{year}</Typography.Text>
                      <AqiCalendar year={year} days={days} />
                    </div>
                  ))}
            </Card>
          </Col>
        </Row>
        <Card title={t('assessment.city.stations')}>
          <List
            data-testid="city-stations"
            dataSource={stations}
            renderItem={(s) => (
              <List.Item
                actions={[
                  <Link
                    key="a"
                    to={`/app/assessment/stations/${encodeURIComponent(s.code)}`}
                    data-testid={`station-daily-${s.code}`}
                  >
                    {t('assessment.city.stationDaily')}
                  </Link>,
                  <Link key="m" to={`/app/monitoring/stations/${encodeURIComponent(s.code)}`}>
                    {t('assessment.city.stationPage')}
                  </Link>,
                ]}
              >
                <List.Item.Meta title={s.name} description={s.code} />
                <LevelBadge aqi={s.aqi} level={s.level} />
              </List.Item>
            )}
          />
        </Card>
      </Space>
    </>
  );
}
