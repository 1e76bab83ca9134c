import { describe, expect, it } from 'vitest';
import { scaleDecimal } from './decimal-scale';

describe('scaleDecimal', () => {
  it.each([
    ['12.3', 1, 12.3],
    ['0.1', 3, 0.3],
    ['41', 0.001, 0.041],
    ['-2.5', 2, -5],
    ['1.005', 1000, 1005],
    ['7e2', 0.1, 70],
    ['.5', 1, 0.5],
    ['0', 0.001, 0],
    ['2.69700', 1, 2.697],
    ['1.1', 1.1, 1.21],
  ])('%s × %s = %s exactly', (text, scale, expected) => {
    expect(scaleDecimal(text, scale)).toBe(expected);
  });

  it('differs from naive floating-point multiplication where that is off', () => {
    expect(0.1 * 3).not.toBe(0.3);
    expect(scaleDecimal('0.1', 3)).toBe(0.3);
  });

  it.each(['', 'abc', '1.2.3', '-', 'NaN', '1e', '0x10'])('rejects "%s"', (text) => {
    expect(scaleDecimal(text, 1)).toBeNull();
  });
});
