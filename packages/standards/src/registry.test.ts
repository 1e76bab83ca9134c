import { describe, expect, it } from 'vitest';
import { airLimitsOn, aqiStandardOn, getStandard, standardInForce } from './registry';

describe('standards registry', () => {
  it('switches air versions on 2026-03-01 and GB 3095 stages on 2031-01-01', () => {
    expect(aqiStandardOn('2026-02-28')).toBe('HJ633-2012');
    expect(aqiStandardOn('2026-03-01')).toBe('HJ633-2026');
    expect(airLimitsOn('2018-05-01')).toBe('GB3095-2012');
    expect(airLimitsOn('2030-12-31')).toBe('GB3095-2026-transition');
    expect(airLimitsOn('2031-01-01')).toBe('GB3095-2026-final');
    expect(standardInForce('air-evaluation', '2026-03-01').id).toBe('HJ663-2026');
  });
  it('reads an instant as its day in UTC+8', () => {
    expect(aqiStandardOn(new Date('2026-02-28T16:00:00Z'))).toBe('HJ633-2026');
    expect(aqiStandardOn(new Date('2026-02-28T15:59:59Z'))).toBe('HJ633-2012');
  });
  it('throws for unknown ids, bad dates and days before a version exists', () => {
    expect(() => getStandard('HJ633-1999')).toThrow();
    expect(() => standardInForce('aqi', '2026/03/01')).toThrow();
    expect(() => standardInForce('surface-water', '2001-01-01')).toThrow();
    expect(getStandard('GB3838-2002').code).toBe('GB 3838-2002');
  });
});
