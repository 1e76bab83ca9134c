import { Card, Space, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { LevelBadge } from '../components/LevelBadge';
import { buildAqiBarOption } from '../chart-options';
import { useStationDaily } from '../hooks/useAirQueries';
import { pollutantLabel } from '../pollutants';
import type { AirDayView } from '../types';
import { EChart } from '../../../ui/map/EChart';
import { PageHeader } from '../../../ui/PageHeader';

const VALUES = ['pm2_5', 'pm10', 'o3_8h', 'no2', 'so2', 'co'] as const;

/** /app/assessment/stations/:code — a station's last 30 days of daily values and AQI; its monitoring page is one click away. */
export function AssessmentStationPage() {
  const { t } = useTranslation();
  const { code } = useParams<{ code: string }>();
  const daily = useStationDaily(code, {});
  const days = daily.data?.days ?? [];
  const option = useMemo(
    () =>
      buildAqiBarOption(
        days.map((d) => ({ label: d.date, aqi: d.aqi, level: d.level })),
        'AQI',
      ),
    [days],
  );
  return (
    <>
      <PageHeader
        title={<span data-testid="station-daily-title">{daily.data?.stationName ?? code}</span>}
        extra={
          <Space>
            {daily.data ? (
              <Link to={`/app/assessment/cities/${daily.data.regionCode}`}>{t('assessment.station.city')}</Link>
            ) : null}
            <Link to={`/app/monitoring/stations/${encodeURIComponent(code ?? '')}`}>
              {t('assessment.city.stationPage')}
            </Link>
          </Space>
        }
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card title={t('assessment.city.dailySeries')} loading={daily.isPending}>
          <EChart option={option} height={280} />
        </Card>
        <Card>
          <Table<AirDayView>
            rowKey="date"
            size="small"
            dataSource={[...days].reverse()}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('assessment.station.date'), dataIndex: 'date' },
              { title: 'AQI', key: 'aqi', render: (_, d) => <LevelBadge aqi={d.aqi} level={d.level} /> },
              {
                title: t('assessment.ranking.mainPollutant'),
                dataIndex: 'primaryPollutants',
                render: (p: string[]) => p.map(pollutantLabel).join('、') || '—',
              },
              ...VALUES.map((v) => ({
                title: pollutantLabel(v),
                dataIndex: v,
                render: (x: number | null) => x ?? '—',
              })),
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
