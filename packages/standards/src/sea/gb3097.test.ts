import { describe, expect, it } from 'vitest';
import { classifySeaItem, classifySeaSample } from './gb3097';
import { nightMaxCompliance, noiseCompliance, noiseLimit, noisePeriodOf } from '../noise/gb3096';
import { toFixedExact } from '../exact';

describe('GB 3097-1997 sea water', () => {
  it('classes per item, DO strictly above, worse than IV is class 5 (劣四类)', () => {
    expect(['0.20', '0.21', '0.30', '0.40', '0.50', '0.51'].map((v) => classifySeaItem('din', v))).toEqual([
      1, 2, 2, 3, 4, 5,
    ]);
    expect(['6.1', '6', '5', '3', '2.9'].map((v) => classifySeaItem('do', v))).toEqual([1, 2, 3, 5, 5]);
    expect(classifySeaItem('phosphate', '0.030')).toBe(2);
    expect(classifySeaItem('ph', '8.6')).toBe(3);
    expect(classifySeaSample({ din: '0.25', phosphate: '0.04', cod: '1' }).seaClass).toBe(4);
  });
});

describe('GB 3096-2008 noise', () => {
  it('zone limits, day/night, compliance', () => {
    expect(noiseLimit('4b', 'night')).toBe(60);
    expect([5, 6, 21, 22].map(noisePeriodOf)).toEqual(['night', 'day', 'day', 'night']);
    expect(noiseCompliance('1', 'day', '55.0')).toMatchObject({ isCompliant: true, exceedance: null });
    const r = noiseCompliance('1', 'night', '47.3');
    expect(r.isCompliant).toBe(false);
    expect(toFixedExact(r.exceedance as never, 1)).toBe('2.3');
    expect(nightMaxCompliance('2', '65')).toBe(true);
    expect(nightMaxCompliance('2', '65.1')).toBe(false);
  });
});
