import type { EChartsOption } from '../../ui/map/echarts';
import type { Series } from './types';

/** Texts the chart shows; the caller translates them. */
export type IndicatorChartTexts = { reported: string; expected: string; target: string };

/**
 * The value axis spans the points, the expected line and the target with a margin: ECharts fits the
 * axis to the data only, so one point (or points all on one side) left the target line off the chart.
 */
function valueRange(series: Series): { min: number; max: number } {
  const values = [
    series.indicator.target,
    ...series.points.flatMap((p) => (p.expected === null ? [p.value] : [p.value, p.expected])),
  ];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.1 || 1;
  const round = (v: number) => Number(v.toPrecision(4));
  return { min: round(lo - pad), max: round(hi + pad) };
}

/**
 * Reported values (one point per report, by date) against the straight line the server expects
 * (baseline on 1 January to the target at the deadline) and a horizontal target line.
 */
export function buildIndicatorChartOption(series: Series, texts: IndicatorChartTexts): EChartsOption {
  const dates = series.points.map((p) => p.date.slice(0, 10));
  const { min, max } = valueRange(series);
  return {
    grid: { left: 48, right: 24, top: 32, bottom: 32 },
    tooltip: { trigger: 'axis' },
    legend: { data: [texts.reported, texts.expected] },
    xAxis: { type: 'category', data: dates },
    yAxis: { type: 'value', min, max, name: series.indicator.unit },
    series: [
      {
        type: 'line',
        name: texts.reported,
        data: series.points.map((p) => p.value),
        showAllSymbol: true,
        markLine: {
          symbol: 'none',
          lineStyle: { color: '#f5222d', type: 'dashed' },
          label: { formatter: `${texts.target} ${series.indicator.target}` },
          data: [{ yAxis: series.indicator.target }],
        },
      },
      {
        type: 'line',
        name: texts.expected,
        data: series.points.map((p) => p.expected),
        lineStyle: { type: 'dotted' },
        symbol: 'none',
        connectNulls: true,
      },
    ],
  } as EChartsOption;
}
