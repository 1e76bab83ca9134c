import { describe, expect, it } from 'vitest';
import { buildIndicatorChartOption } from './indicator-chart-option';
import type { Series } from './types';

const series: Series = {
  indicator: {
    id: 'i1', itemId: 'x', name: '治理率', unit: '%', direction: 'at_least', baseline: 29, target: 33, deadline: '2024-12-31',
    source: 'manual', metricKey: null, metricParams: {},
  },
  points: [
    { date: '2024-03-31', value: 30, expected: 30, unitName: '南宁' },
    { date: '2024-06-30', value: 30.5, expected: null, unitName: '南宁' },
  ],
};

describe('buildIndicatorChartOption', () => {
  it('plots reported values, the expected line and the target as a mark line', () => {
    const option = buildIndicatorChartOption(series, { reported: 'R', expected: 'E', target: 'T' }) as {
      xAxis: { data: string[] };
      series: { name: string; data: (number | null)[]; markLine?: { data: { yAxis: number }[] } }[];
    };
    expect(option.xAxis.data).toEqual(['2024-03-31', '2024-06-30']);
    expect(option.series[0]?.data).toEqual([30, 30.5]);
    expect(option.series[0]?.markLine?.data[0]?.yAxis).toBe(33);
    expect(option.series[1]?.data).toEqual([30, null]);
  });
});
