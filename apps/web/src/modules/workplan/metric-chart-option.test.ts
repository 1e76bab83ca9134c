import type { MetricPreview } from '@ecocloud/contracts';
import { describe, expect, it } from 'vitest';
import { buildMetricChartOption, hasTrajectory } from './metric-chart-option';

const preview = (over: Partial<MetricPreview> = {}): MetricPreview => ({
  metric: {
    key: 'rectification.due_done_pct',
    name: '到期督察整改问题完成率',
    nameEn: 'Due rectification problems done',
    unit: '%',
    module: 'rectification',
    group: 'rectification',
    groupName: '督察整改',
    groupNameEn: 'Inspection rectification',
    direction: 'at_least',
  },
  regionCode: '450100',
  year: 2026,
  current: { value: 50, asOf: '2026-03-10T02:00:00.000Z', forecast: null, note: null },
  trajectory: [
    { month: '2026-01', asOf: '2026-01-31T15:59:59.999Z', value: null },
    { month: '2026-02', asOf: '2026-02-28T15:59:59.999Z', value: 100 },
    { month: '2026-03', asOf: '2026-03-10T02:00:00.000Z', value: 50 },
  ],
  baseline: { asOf: '2025-12-31T15:59:59.999Z', value: 80 },
  ...over,
});

type Line = { data: (number | null)[]; connectNulls: boolean; markLine?: { data: { yAxis: number }[] } };

describe('metric trajectory chart', () => {
  it('draws the month ends with gaps for months without data, and last year’s end as a line', () => {
    const option = buildMetricChartOption(preview(), { value: '数值', baseline: '上年末' });
    expect((option.xAxis as { data: string[] }).data).toEqual(['01', '02', '03']);
    const [line] = option.series as Line[];
    expect(line!.data).toEqual([null, 100, 50]);
    expect(line!.connectNulls).toBe(false);
    expect(line!.markLine!.data).toEqual([{ yAxis: 80 }]);
    expect((option.yAxis as { name: string }).name).toBe('%');
  });

  it('leaves the baseline out when unknown, and knows when there is nothing to draw', () => {
    const option = buildMetricChartOption(preview({ baseline: null }), { value: '数值', baseline: '上年末' });
    expect((option.series as Line[])[0]!.markLine).toBeUndefined();
    expect(hasTrajectory(preview())).toBe(true);
    expect(hasTrajectory(preview({ trajectory: [{ month: '2026-01', asOf: 'x', value: null }] }))).toBe(false);
  });
});
