import { describe, expect, it } from 'vitest';
import { pollutantShares } from './pollutant-shares';
import type { CityEvaluation } from './types';

const stats: CityEvaluation['stats'] = {
  so2: 10,
  no2: 16,
  pm10: 38,
  pm2_5: 23,
  co: 0.8,
  co_p95: 1,
  o3_8h_p90: 162,
  so2_p98: 14,
  no2_p98: 22,
  pm10_p95: 51,
  pm2_5_p95: 32,
};

describe('pollutantShares', () => {
  it('splits the composite index into exact single indices, largest first', () => {
    // GB 3095-2012 divisors 60, 40, 70, 35, 4, 160: I = 10/60 + 16/40 + 38/70 + 23/35 + 1/4 + 162/160 ≈ 3.0338.
    const shares = pollutantShares(stats, 'GB3095-2012');
    expect(shares?.map((s) => s.pollutant)).toEqual(['o3', 'pm2_5', 'pm10', 'no2', 'co', 'so2']);
    expect(shares?.[0]).toEqual({ pollutant: 'o3', index: '1.01', sharePct: '33.4' });
    expect(shares?.find((s) => s.pollutant === 'co')?.index).toBe('0.25');
  });

  it('uses the divisors of the standard the server names', () => {
    // The 2026 transition divisors for PM: PM10 60, PM2.5 30; 23/30 = 0.7666… → 0.77.
    const shares = pollutantShares(stats, 'GB3095-2026-transition');
    expect(shares?.find((s) => s.pollutant === 'pm2_5')?.index).toBe('0.77');
  });

  it('gives nothing for a missing statistic or an unknown standard', () => {
    expect(pollutantShares({ ...stats, o3_8h_p90: null }, 'GB3095-2012')).toBeNull();
    expect(pollutantShares(stats, 'GB3095-1996')).toBeNull();
  });
});
