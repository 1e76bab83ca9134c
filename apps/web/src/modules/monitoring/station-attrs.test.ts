import { describe, expect, it } from 'vitest';
import { countByLiveness } from './liveness';
import { chartParameters } from './parameters';
import { ATTR_FIELDS_BY_KIND, mergeAttrs } from './station-attrs';

describe('mergeAttrs', () => {
  it('keeps unknown extras, drops fields of other kinds and empty values', () => {
    const original = { targetClass: 3, river: '漓江', vendor: 'X-100' };
    const form = { noiseZone: '1', intervalSeconds: '', targetClass: 2 };
    expect(mergeAttrs('noise', original, form)).toEqual({ vendor: 'X-100', noiseZone: '1' });
  });

  it('saves the fields of a river section', () => {
    expect(mergeAttrs('water_river', {}, { targetClass: 2, river: '邕江', isNationallyAssessed: false })).toEqual({
      targetClass: 2,
      river: '邕江',
      isNationallyAssessed: false,
    });
  });

  it('offers air stations no water attributes', () => {
    expect(ATTR_FIELDS_BY_KIND.air_national).not.toContain('targetClass');
  });
});

describe('chartParameters', () => {
  it('replaces O3 by its two daily statistics for daily charts only', () => {
    expect(chartParameters(['so2', 'o3'], '1d')).toEqual(['so2', 'o3_8h_max', 'o3_1h_max']);
    expect(chartParameters(['so2', 'o3'], '1h')).toEqual(['so2', 'o3']);
  });
});

describe('countByLiveness', () => {
  it('counts every state, zero included', () => {
    expect(countByLiveness([{ liveness: 'online' }, { liveness: 'online' }, { liveness: 'never' }])).toEqual({
      online: 2,
      silent: 0,
      never: 1,
    });
  });
});
