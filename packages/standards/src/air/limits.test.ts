import { describe, expect, it } from 'vitest';
import { findAirLimit, getAirLimit } from './limits';

describe('GB 3095 limits', () => {
  it('tightens PM in the 2026 transition stage and more in the final stage', () => {
    expect(
      ['GB3095-2012', 'GB3095-2026-transition', 'GB3095-2026-final'].map((v) =>
        getAirLimit('pm2_5', 'annual', 2, v as 'GB3095-2012'),
      ),
    ).toEqual(['35', '30', '25']);
    expect(getAirLimit('pm10', '24h', 2, 'GB3095-2026-transition')).toBe('120');
    expect(getAirLimit('no2', 'annual', 1, 'GB3095-2026-final')).toBe('30');
    expect(getAirLimit('so2', 'annual', 2, 'GB3095-2026-final')).toBe('20');
    expect(getAirLimit('nox', '24h', 2, 'GB3095-2026-transition')).toBe('100');
  });
  it('reports limits a version does not set', () => {
    expect(findAirLimit('tsp', 'annual', 2, 'GB3095-2012')).toBeUndefined();
    expect(() => getAirLimit('co', 'annual', 2, 'GB3095-2012')).toThrow();
  });
});
