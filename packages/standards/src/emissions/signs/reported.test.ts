import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../exact';
import { DEFAULT_SIGN_SETTINGS, detectClusterUnderLimit, detectReportedMismatch, type HourValue } from './index';

const H = 3_600_000;
const T0 = Date.UTC(2026, 2, 1, 16);
const hours = (values: (number | string | null)[], from = 0): HourValue[] =>
  values.map((v, i) => ({ hourStart: T0 + (from + i) * H, value: v === null ? null : parseDecimal(v) }));
const s = DEFAULT_SIGN_SETTINGS;

describe('sent hourly value vs the minutes (2061 -Avg, -ZsAvg)', () => {
  it('negative control: the logger rounding to 2 places and 1 % noise raise nothing', () => {
    const computed = hours(['10.004', '50', '120.333333', '0', null]);
    const sent = hours(['10.00', '50.4', '120.33', '0.005', '7']);
    expect(detectReportedMismatch('reported_hourly_mismatch', 'so2', sent, computed, s)).toEqual([]);
  });
  it('a sent value 20 % under the minutes for two hours → one run', () => {
    // 100 vs 80: |−20| > max(0.005, 1 % × 100 = 1) → mismatch; hour 3 matches and ends the run.
    const computed = hours([100, 100, 100, 100, 100]);
    const sent = hours([100, 80, 80, 100, 60]);
    const signs = detectReportedMismatch('reported_converted_mismatch', 'nox', sent, computed, s);
    expect(signs.map((x) => [x.kind, x.from - T0, x.to - T0])).toEqual([
      ['reported_converted_mismatch', 1 * H, 3 * H],
      ['reported_converted_mismatch', 4 * H, 5 * H],
    ]);
    expect(signs[0]?.evidence).toContain('80 vs 100');
  });
});

describe('converted values clustering just under the limit', () => {
  // Limit 100, band 90–100. History: 48 h spread 40…87 (none in band).
  const history = Array.from({ length: 48 }, (_, i) => 40 + i);
  it('negative control: recent hours shaped like the history raise nothing', () => {
    const series = hours([...history, ...history.slice(0, 24)]);
    expect(detectClusterUnderLimit('so2', series, parseDecimal(100), T0 + 48 * H, s)).toEqual([]);
  });
  it('18 of 24 recent hours at 95–99 after a history with none → a sign', () => {
    const recent = Array.from({ length: 24 }, (_, i) => (i < 18 ? 95 + (i % 5) : 60));
    const signs = detectClusterUnderLimit('so2', hours([...history, ...recent]), parseDecimal(100), T0 + 48 * H, s);
    expect(signs.map((x) => [x.kind, x.from - T0, x.to - T0])).toEqual([['cluster_under_limit', 48 * H, 72 * H]]);
    expect(signs[0]?.evidence).toMatch(/^75\.0 % of 24 recent/);
  });
  it('a history that always sat in the band is not a change of shape', () => {
    const always = Array.from({ length: 48 }, (_, i) => 92 + (i % 7));
    const recent = Array.from({ length: 24 }, (_, i) => 92 + (i % 7));
    expect(detectClusterUnderLimit('so2', hours([...always, ...recent]), parseDecimal(100), T0 + 48 * H, s)).toEqual(
      [],
    );
  });
});
