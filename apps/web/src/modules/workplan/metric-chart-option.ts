import type { MetricPreview } from '@ecocloud/contracts';
import type { EChartsOption } from '../../ui/map/echarts';

/** Texts the chart shows; the caller translates them. */
export type MetricChartTexts = { value: string; baseline: string };

/** True when the trajectory has at least one value to draw. */
export const hasTrajectory = (p: MetricPreview): boolean => p.trajectory.some((x) => x.value !== null);

/**
 * A small line of the metric at each month end of the year (gaps where a month has no data, not
 * zeros) and, when known, last year's closing value as a dashed line to compare against.
 */
export function buildMetricChartOption(p: MetricPreview, texts: MetricChartTexts): EChartsOption {
  const baseline = p.baseline?.value ?? null;
  return {
    grid: { left: 44, right: 16, top: 28, bottom: 24 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: p.trajectory.map((x) => x.month.slice(5)) },
    yAxis: { type: 'value', name: p.metric.unit, scale: true },
    series: [
      {
        type: 'line',
        name: texts.value,
        data: p.trajectory.map((x) => x.value),
        connectNulls: false,
        showAllSymbol: true,
        ...(baseline === null
          ? {}
          : {
              markLine: {
                symbol: 'none',
                lineStyle: { color: '#8c8c8c', type: 'dashed' },
                label: { formatter: `${texts.baseline} ${baseline}` },
                data: [{ yAxis: baseline }],
              },
            }),
      },
    ],
  } as EChartsOption;
}
