import { describe, expect, it } from 'vitest';
import { toFixedExact } from '../../exact';
import { changeRate, compositeIndex } from './composite-index';
import { goodDayRatio } from './good-days';
import { rankWithTies } from './ranking';

const C = { so2: 10, no2: 30, pm10: 60, pm2_5: 35, co: 1.2, o3: 160 };

describe('composite index (reference §7.2 C1-C3)', () => {
  it('C1: 2012 divisors → 4.074 (published 4.07), main pollutants PM2.5 and O3 tied', () => {
    const r = compositeIndex(C, { limits: 'GB3095-2012' });
    expect(toFixedExact(r.index, 3)).toBe('4.074');
    expect(r.rounded).toBe('4.07');
    expect(r.mainPollutants).toEqual(['o3', 'pm2_5']);
  });
  it('C2: 2026 transition divisors → 4.383', () => {
    expect(toFixedExact(compositeIndex(C, { limits: 'GB3095-2026-transition' }).index, 3)).toBe('4.383');
  });
  it('C3: the UNVERIFIED weighted variant only when asked → 8.467', () => {
    expect(toFixedExact(compositeIndex(C, { limits: 'GB3095-2026-transition', isWeighted: true }).index, 3)).toBe(
      '8.467',
    );
    expect(compositeIndex(C, { limits: 'GB3095-2026-transition', divisors: { pm2_5: 35, pm10: 70 } }).rounded).toBe(
      '4.07',
    );
  });
  it('change rate against the previous period', () => {
    expect(toFixedExact(changeRate('4.4', '4') as never, 2)).toBe('0.10');
    expect(changeRate(1, 0)).toBeNull();
  });
});

describe('ranking and good-day ratio', () => {
  it('equal values share a rank and the next skips', () => {
    const r = rankWithTies([
      { key: 'a', value: '3.2' },
      { key: 'b', value: '2.9' },
      { key: 'c', value: '3.20' },
      { key: 'd', value: 4 },
    ]);
    expect(r).toEqual([
      { key: 'b', rank: 1 },
      { key: 'a', rank: 2 },
      { key: 'c', rank: 2 },
      { key: 'd', rank: 4 },
    ]);
    expect(
      rankWithTies(
        [
          { key: 'x', value: 90 },
          { key: 'y', value: 95 },
        ],
        false,
      )[0],
    ).toEqual({ key: 'y', rank: 1 });
  });
  it('good days are AQI ≤ 100 over valid days', () => {
    expect(goodDayRatio([50, 100, 101, null, 30, 250])).toMatchObject({ goodDays: 3, validDays: 5, rounded: '60.0' });
    expect(goodDayRatio([100, 101, 101])).toMatchObject({ rounded: '33.3' });
    expect(goodDayRatio([null]).percent).toBeNull();
  });
});
