import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LevelBadge, pollutantLabel, type HourlyAqi } from '../../assessment/shared';
import { useRegionName } from '../hooks/useRegionName';

/**
 * Every city's AQI of the latest hour: AQI on its level colour, category, primary pollutant.
 * Rows carry `data-testid="city-<regionCode>"`; a click on the name opens the city's page.
 */
export function CityAqiTable({ cities, loading }: { cities: HourlyAqi[]; loading?: boolean }) {
  const { t } = useTranslation();
  const nameOf = useRegionName();
  return (
    <Table<HourlyAqi>
      data-testid="city-list"
      rowKey="regionCode"
      size="small"
      loading={loading}
      dataSource={cities}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(c) => ({ 'data-testid': `city-${c.regionCode}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('assessment.portal.city'),
          dataIndex: 'name',
          render: (name: string, c) => (
            <Link to={`/portal/cities/${c.regionCode}`} data-testid={`open-city-${c.regionCode}`}>
              {nameOf(c.regionCode, name)}
            </Link>
          ),
        },
        {
          title: 'AQI',
          dataIndex: 'aqi',
          render: (_: unknown, c) => (
            <LevelBadge aqi={c.aqi} level={c.level} showCategory={false} testId={`aqi-${c.regionCode}`} />
          ),
        },
        {
          title: t('assessment.portal.level'),
          dataIndex: 'level',
          render: (l: number | null) => (l === null ? '—' : t(`assessment.levels.${l}`)),
        },
        {
          title: t('assessment.portal.primary'),
          dataIndex: 'primaryPollutants',
          render: (p: string[]) => p.map(pollutantLabel).join('、') || '—',
        },
      ]}
    />
  );
}
