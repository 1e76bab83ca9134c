import { describe, expect, it } from 'vitest';
import { buildIndicatorChartOption } from './indicator-chart-option';
import type { Series } from './types';

const series: Series = {
  indicator: {
    id: 'i1',
    itemId: 'x',
    name: '治理率',
    unit: '%',
    direction: 'at_least',
    baseline: 29,
    target: 33,
    deadline: '2024-12-31',
    source: 'manual',
    metricKey: null,
    metricParams: {},
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

  // Issue #14: with one report the axis fitted that point alone and the target line was off the chart.
  it('keeps the target line on the chart when there is one point', () => {
    const one: Series = { ...series, points: [{ date: '2024-03-31', value: 30, expected: null, unitName: '南宁' }] };
    const option = buildIndicatorChartOption(one, { reported: 'R', expected: 'E', target: 'T' }) as {
      yAxis: { min: number; max: number };
    };
    expect(option.yAxis.min).toBeLessThan(30);
    expect(option.yAxis.max).toBeGreaterThan(33);
    const below: Series = {
      ...series,
      indicator: { ...series.indicator, direction: 'at_most', target: 5 },
      points: one.points,
    };
    const option2 = buildIndicatorChartOption(below, { reported: 'R', expected: 'E', target: 'T' }) as {
      yAxis: { min: number; max: number };
    };
    expect(option2.yAxis.min).toBeLessThan(5);
    expect(option2.yAxis.max).toBeGreaterThan(30);
  });
});
