import { describe, expect, it } from 'vitest';
import { beijingHourLabel, buildOutletChartOption, invalidRuns } from './outlet-chart-option';
import { hourFixture } from './testing/fixtures';

const texts = {
  measured: '实测',
  converted: '折算',
  limit: '限值',
  invalid: '无效',
  exceeded: '超标',
  note: (note: string) => `说明 ${note}`,
};
const H = 3_600_000;
const at = (hour: number) => new Date(Date.parse('2026-03-01T00:00:00.000Z') + hour * H).toISOString();

type Series = {
  name: string;
  data: { value: [number, number | null]; symbol?: string }[];
  markLine?: { data: { yAxis: number }[] };
  markArea?: { data: [{ xAxis: number }, { xAxis: number }][] };
  step?: string;
};
const seriesOf = (option: ReturnType<typeof buildOutletChartOption>) => option.series as unknown as Series[];

describe('invalidRuns', () => {
  it('merges consecutive invalid hours into one run and keeps separate runs apart', () => {
    const hours = [0, 1, 2, 3, 4, 5, 6].map((h) => hourFixture(at(h), { valid: ![1, 2, 3, 5].includes(h) }));
    expect(invalidRuns(hours)).toEqual([
      { from: Date.parse(at(1)), to: Date.parse(at(4)) },
      { from: Date.parse(at(5)), to: Date.parse(at(6)) },
    ]);
  });

  it('is empty when every hour is valid, and reads unsorted input', () => {
    expect(invalidRuns([hourFixture(at(0)), hourFixture(at(1))])).toEqual([]);
    const unsorted = [at(2), at(0), at(1)].map((s) => hourFixture(s, { valid: false }));
    expect(invalidRuns(unsorted)).toEqual([{ from: Date.parse(at(0)), to: Date.parse(at(3)) }]);
  });
});

describe('buildOutletChartOption', () => {
  const hours = [
    hourFixture(at(0), { converted: 20, mean: 18 }),
    hourFixture(at(1), {
      valid: false,
      validMinutes: 10,
      mean: null,
      converted: null,
      exceeded: null,
      note: 'HOUR_INVALID',
    }),
    hourFixture(at(2), {
      valid: false,
      validMinutes: 0,
      mean: null,
      converted: null,
      exceeded: null,
      note: 'HOUR_INVALID',
    }),
    hourFixture(at(3), { converted: 52.5, mean: 40, exceeded: true, multiple: 0.5 }),
  ];

  it('draws the permitted concentration as a mark line on the judged (converted) series', () => {
    const [judged] = seriesOf(buildOutletChartOption(hours, texts));
    expect(judged!.name).toBe('折算');
    expect(judged!.markLine!.data).toEqual([{ yAxis: 35 }]);
  });

  it('shades the invalid hours as one band covering both clock hours', () => {
    const [judged] = seriesOf(buildOutletChartOption(hours, texts));
    expect(judged!.markArea!.data).toEqual([[{ xAxis: Date.parse(at(1)) }, { xAxis: Date.parse(at(3)) }]]);
  });

  it('marks the exceeding hour, and only it, as a red triangle in the middle of its hour', () => {
    const [judged] = seriesOf(buildOutletChartOption(hours, texts));
    expect(judged!.data.map((d) => d.symbol ?? null)).toEqual([null, null, null, 'triangle']);
    expect(judged!.data[3]!.value).toEqual([Date.parse(at(3)) + H / 2, 52.5]);
  });

  it('adds the measured mean beside the converted line; without O₂ the measured mean is the judged line', () => {
    expect(seriesOf(buildOutletChartOption(hours, texts)).map((s) => s.name)).toEqual(['折算', '实测']);
    const water = hours.map((h) => ({ ...h, converted: null }));
    expect(seriesOf(buildOutletChartOption(water, texts)).map((s) => s.name)).toEqual(['实测']);
  });

  it('draws a limit that changes within the range (a special period) as a step line, not one mark line', () => {
    const changed = [hourFixture(at(0)), hourFixture(at(1), { limitValue: 25 })];
    const series = seriesOf(buildOutletChartOption(changed, texts));
    expect(series[0]!.markLine).toBeUndefined();
    const limit = series.find((s) => s.name === '限值');
    expect(limit?.step).toBe('middle');
    expect(limit?.data.map((d) => d.value[1])).toEqual([35, 25]);
  });

  it('draws no limit line for a pollutant without a permitted concentration', () => {
    const [judged] = seriesOf(buildOutletChartOption([hourFixture(at(0), { limitValue: null })], texts));
    expect(judged!.markLine).toBeUndefined();
  });

  it('labels times in Beijing and escapes the tooltip', () => {
    expect(beijingHourLabel(Date.parse('2026-03-01T16:00:00Z'))).toBe('03-02 00:00');
    const option = buildOutletChartOption(
      [hourFixture(at(0), { note: 'SPECIAL_PERIOD:<img src=x onerror=alert(1)>' })],
      texts,
    );
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter({ data: seriesOf(option)[0]!.data[0] });
    expect(html).toContain('03-01 08:00');
    expect(html).not.toContain('<img');
  });
});
