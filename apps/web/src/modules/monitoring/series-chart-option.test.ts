import { describe, expect, it } from 'vitest';
import { buildSeriesChartOption, periodLabel, toDatum } from './series-chart-option';

const texts = { value: 'Value', flag: 'Flag', invalid: 'invalid', count: 'count' };

describe('toDatum', () => {
  it('draws normal points plainly', () => {
    expect(toDatum({ parameter: 'so2', periodStart: 'x', value: 8, flag: 'N' })).toEqual({
      value: 8,
      flag: 'N',
      isValid: undefined,
      count: undefined,
    });
  });

  it('marks a non-N flag as a red triangle, even on an invalid rollup', () => {
    const d = toDatum({ parameter: 'so2', periodStart: 'x', value: 8, flag: 'D', isValid: false });
    expect(d).toMatchObject({ symbol: 'triangle', itemStyle: { color: '#f5222d' } });
  });

  it('marks an invalid rollup as a hollow grey circle', () => {
    expect(
      toDatum({ parameter: 'so2', periodStart: 'x', value: 8, flag: null, isValid: false, count: 12 }),
    ).toMatchObject({
      symbol: 'emptyCircle',
      count: 12,
    });
  });
});

describe('buildSeriesChartOption', () => {
  it('labels the x axis with Beijing period starts', () => {
    const option = buildSeriesChartOption(
      [
        { parameter: 'pm2_5', periodStart: '2026-11-27T16:00:00.000Z', value: 67, flag: 'N' },
        { parameter: 'pm2_5', periodStart: '2026-11-27T17:00:00.000Z', value: null, flag: 'B' },
      ],
      '1h',
      'PM2.5',
      texts,
    );
    expect((option.xAxis as { data: string[] }).data).toEqual(['11-28 00:00', '11-28 01:00']);
    const [line] = option.series as { data: { value: number | null; symbol?: string }[] }[];
    expect(line!.data.map((d) => [d.value, d.symbol])).toEqual([
      [67, undefined],
      [null, 'triangle'],
    ]);
  });

  it('labels daily points by their Beijing date', () => {
    expect(periodLabel('2026-10-27T16:00:00.000Z', '1d')).toBe('2026-10-28');
  });

  it('escapes every data value of the tooltip: a flag or label cannot inject HTML', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const option = buildSeriesChartOption(
      [{ parameter: 'so2', periodStart: '2026-11-27T16:00:00.000Z', value: 5, flag: evil, count: 3, isValid: false }],
      '1h',
      evil,
      texts,
    );
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter({ name: '<b onclick=x>', data: (option.series as { data: unknown[] }[])[0]!.data[0] });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b onclick');
    expect(html).toContain('Flag: &#60;img src=x onerror=alert(1)&#62;');
    // What the browser shows is the text itself.
    const div = document.createElement('div');
    div.innerHTML = html;
    expect(div.querySelector('img')).toBeNull();
    expect(div.textContent).toContain(`Flag: ${evil}`);
  });
});
