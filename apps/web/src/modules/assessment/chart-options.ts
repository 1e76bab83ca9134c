import type { EChartsOption } from '../../ui/map/echarts';
import { levelColour } from './colours';

/** A bar per labelled AQI value, each bar in its HJ 633 level colour; missing values leave a gap. */
export type AqiBar = { label: string; aqi: number | null; level: number | null };

/** Daily or hourly AQI as coloured bars (x: the labels as given, e.g. dates or hour ends). */
export function buildAqiBarOption(bars: readonly AqiBar[], seriesName: string): EChartsOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 40 },
    xAxis: { type: 'category', data: bars.map((b) => b.label), axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', name: 'AQI', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: seriesName,
        data: bars.map((b) => ({
          value: b.aqi,
          itemStyle: { color: levelColour(b.level), borderColor: '#8c8c8c', borderWidth: 0.5 },
        })),
      },
    ],
  } as EChartsOption;
}

/** One line per named series over shared category labels (the 13-month trend). */
export type TrendLine = { name: string; values: (number | null)[]; yAxisIndex?: 0 | 1 };

export function buildTrendOption(
  labels: readonly string[],
  lines: readonly TrendLine[],
  axisNames: [string, string],
): EChartsOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 48, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: [...labels] },
    yAxis: [
      { type: 'value', name: axisNames[0], scale: true },
      { type: 'value', name: axisNames[1], scale: true },
    ],
    series: lines.map((l) => ({
      type: 'line',
      name: l.name,
      data: l.values,
      yAxisIndex: l.yAxisIndex ?? 0,
      connectNulls: false,
    })),
  } as EChartsOption;
}
