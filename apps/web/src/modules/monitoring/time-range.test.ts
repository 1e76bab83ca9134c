import { describe, expect, it } from 'vitest';
import { chartWindow, toShanghaiIso } from './time-range';

describe('toShanghaiIso', () => {
  it('writes Beijing wall time with the +08:00 offset', () => {
    expect(toShanghaiIso(Date.parse('2026-11-28T23:30:05.900Z'))).toBe('2026-11-29T07:30:05+08:00');
  });
});

describe('chartWindow', () => {
  const now = Date.parse('2026-11-28T17:20:00Z'); // 01:20 on 29 Nov in Beijing

  it('covers 24 hourly periods, the current one last', () => {
    expect(chartWindow('hours24', now)).toEqual({
      period: '1h',
      from: '2026-11-28T02:00:00+08:00',
      to: '2026-11-29T01:20:00+08:00',
    });
  });

  it('covers 30 Beijing days including today, daily (the UTC date is still the 28th)', () => {
    expect(chartWindow('days30', now)).toEqual({
      period: '1d',
      from: '2026-10-31T00:00:00+08:00',
      to: '2026-11-29T01:20:00+08:00',
    });
  });
});
