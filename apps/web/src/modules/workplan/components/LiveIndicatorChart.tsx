import { Empty, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMetricPreview } from '../hooks/useMetrics';
import type { Indicator } from '../types';
import { MetricPreviewFigures } from './MetricPicker';

/**
 * A live indicator's course: its metric at each month end of the plan year, read from the data (no
 * report carries its values, so the reported-values chart would stay empty).
 */
export function LiveIndicatorChart({ indicator, year }: { indicator: Indicator; year: number | undefined }) {
  const { t } = useTranslation();
  const preview = useMetricPreview(indicator.metricKey ?? undefined, indicator.metricParams.regionCode, year, {
    silent: true,
  });
  if (preview.data) return <MetricPreviewFigures preview={preview.data} testId={`indicator-metric-${indicator.id}`} />;
  if (preview.isPending && preview.fetchStatus !== 'idle') return <Spin size="small" />;
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={t('workplan.indicators.noData')}
      data-testid={`indicator-chart-empty-${indicator.id}`}
    />
  );
}
