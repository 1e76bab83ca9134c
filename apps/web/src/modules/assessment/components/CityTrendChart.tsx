import { Empty, Spin } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../ui/map/EChart';
import { buildTrendOption } from '../chart-options';
import { useCityMonths } from '../hooks/useAirQueries';

/** A city's monthly composite index and PM2.5 over the given months (13: a year and the same month before). */
export function CityTrendChart({ regionCode, months }: { regionCode: string; months: string[] }) {
  const { t } = useTranslation();
  const results = useCityMonths(regionCode, months);
  const isPending = results.some((r) => r.isPending);
  const option = useMemo(() => {
    const composite = results.map((r) => (r.data?.city.compositeIndex ? Number(r.data.city.compositeIndex) : null));
    const pm25 = results.map((r) => r.data?.city.stats.pm2_5 ?? null);
    return buildTrendOption(
      months,
      [
        { name: t('assessment.ranking.composite'), values: composite },
        { name: t('assessment.ranking.pm25'), values: pm25, yAxisIndex: 1 },
      ],
      [t('assessment.ranking.composite'), 'µg/m³'],
    );
  }, [results, months, t]);
  if (isPending) return <Spin style={{ display: 'block', margin: 32 }} />;
  if (results.every((r) => !r.data)) return <Empty />;
  return <EChart testId="trend-chart" option={option} height={300} />;
}
