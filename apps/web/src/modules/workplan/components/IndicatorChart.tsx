import { Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../../ui/map/EChart';
import { useIndicatorSeries } from '../hooks/useItems';
import { buildIndicatorChartOption } from '../indicator-chart-option';

/** The reported values of one indicator over time against its target line. */
export function IndicatorChart({ indicatorId }: { indicatorId: string }) {
  const { t } = useTranslation();
  const series = useIndicatorSeries(indicatorId);
  const option = useMemo(
    () =>
      series.data
        ? buildIndicatorChartOption(series.data, {
            reported: t('workplan.indicators.reported'),
            expected: t('workplan.indicators.expected'),
            target: t('workplan.indicators.targetLine'),
          })
        : null,
    [series.data, t],
  );
  if (!option || series.data?.points.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t('workplan.indicators.noPoints')}
        data-testid={`indicator-chart-empty-${indicatorId}`}
      />
    );
  }
  return <EChart option={option} height={260} testId={`indicator-chart-${indicatorId}`} />;
}
