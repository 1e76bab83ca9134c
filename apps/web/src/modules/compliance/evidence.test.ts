import { describe, expect, it } from 'vitest';
import { buildEvidenceChartOption, parseEvidence } from './evidence';

describe('parseEvidence', () => {
  it('splits the detector text, the hourly series and the plain figures', () => {
    const parsed = parseEvidence({
      text: '6 h flat',
      hours: 6,
      flags: ['M', 'C'],
      series: [
        { hour: '2026-03-01T00:00:00.000Z', mean: 12.5 },
        { hour: '2026-03-01T01:00:00.000Z', mean: null },
        { hour: 'not a time', mean: 1 },
        { hour: '2026-03-01T02:00:00.000Z' },
      ],
      nested: { a: 1 },
    });
    expect(parsed.text).toBe('6 h flat');
    expect(parsed.series).toEqual([
      { hour: '2026-03-01T00:00:00.000Z', mean: 12.5 },
      { hour: '2026-03-01T01:00:00.000Z', mean: null },
    ]);
    expect(parsed.figures).toEqual([
      { key: 'hours', value: '6' },
      { key: 'flags', value: 'M / C' },
    ]);
  });

  it('reads an evidence without text or series', () => {
    expect(parseEvidence({ summary: 's', series: 'x' })).toEqual({ text: 's', series: [], figures: [] });
    expect(parseEvidence({})).toEqual({ text: '', series: [], figures: [] });
  });
});

describe('buildEvidenceChartOption', () => {
  it('plots the series in time order with the limit as a mark line', () => {
    const option = buildEvidenceChartOption(
      [
        { hour: '2026-03-01T01:00:00.000Z', mean: 13 },
        { hour: '2026-03-01T00:00:00.000Z', mean: 12 },
      ],
      '二氧化硫',
      35,
    );
    const [line] = option.series as { data: [number, number][]; markLine: { data: unknown[] } }[];
    expect(line!.data.map((p) => p[1])).toEqual([12, 13]);
    expect(line!.markLine.data).toEqual([{ yAxis: 35 }]);
  });
});
