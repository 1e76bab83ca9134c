import { describe, expect, it } from 'vitest';
import { cityCodeOf, regionPrefix } from './regions';

describe('regionPrefix', () => {
  it.each([
    ['450000', '45'],
    ['450100', '4501'],
    ['451000', '4510'],
    ['451100', '4511'],
    ['450321', '450321'],
    ['4501', '4501'],
  ])('%s → %s', (code, prefix) => expect(regionPrefix(code)).toBe(prefix));

  it('keeps Baise (451000) apart from Hezhou (451100)', () => {
    expect('451102'.startsWith(regionPrefix('451000'))).toBe(false);
  });

  it('finds the city of a county', () => expect(cityCodeOf('450321')).toBe('450300'));
});
