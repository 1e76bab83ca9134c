import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ceilDiv,
  cmp,
  floorDiv,
  parseDecimal,
  ratio,
  roundHalfEven,
  toDecimalString,
  toFixedExact,
  tryParseDecimal,
} from './exact';

describe('exact decimals', () => {
  it('parses decimal spellings exactly', () => {
    expect(parseDecimal('2.2')).toEqual({ n: 11n, d: 5n });
    expect(parseDecimal(2.2)).toEqual({ n: 11n, d: 5n });
    expect(parseDecimal('.03')).toEqual({ n: 3n, d: 100n });
    expect(parseDecimal('-1.5e2')).toEqual({ n: -150n, d: 1n });
    expect(parseDecimal(1e-7)).toEqual({ n: 1n, d: 10000000n });
    expect(tryParseDecimal('1.2.3')).toBeNull();
    expect(tryParseDecimal('')).toBeNull();
    expect(tryParseDecimal(Number.NaN)).toBeNull();
    expect(() => parseDecimal('x')).toThrow(/not a decimal/);
  });
  it('floor and ceiling division on negatives', () => {
    expect([floorDiv(7n, 2n), floorDiv(-7n, 2n), ceilDiv(7n, 2n), ceilDiv(-7n, 2n), ceilDiv(6n, 2n)]).toEqual([
      3n,
      -4n,
      4n,
      -3n,
      3n,
    ]);
  });
  it('rounds half to even (GB/T 8170)', () => {
    const r = (s: string, d: number): string => toFixedExact(roundHalfEven(parseDecimal(s), d), d);
    expect(
      ['0.5', '1.5', '2.5', '35.5', '36.5', '2.25', '2.35', '2.251', '-0.25'].map((s, i) => r(s, i < 5 ? 0 : 1)),
    ).toEqual(['0', '2', '2', '36', '36', '2.2', '2.4', '2.3', '-0.2']);
    expect(toFixedExact(parseDecimal('1.005'), 2)).toBe('1.00');
    expect(toDecimalString(ratio(1n, 8n))).toBe('0.125');
    expect(toDecimalString(ratio(1n, 3n))).toBe('0.333333333333');
  });
  it('rounding never moves a value by more than half a unit (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        const x = ratio(BigInt(n), BigInt(d));
        const y = roundHalfEven(x, 0);
        expect(y.d).toBe(1n);
        const diff = ratio(2n * (y.n * x.d - x.n), x.d);
        expect(cmp(diff, ratio(1n)) <= 0 && cmp(diff, ratio(-1n)) >= 0).toBe(true);
      }),
    );
  });
});
