import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfEven, toNumber } from '../../exact';
import { percentileExact } from './percentile';
import { percentileOfInts, selectKth } from './select';

describe('selection and integer percentiles', () => {
  it('selectKth finds the k-th smallest of any array, duplicates and sorted runs included', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 400 }), fc.nat(), (xs, kRaw) => {
        const k = kRaw % xs.length;
        const a = Int32Array.from(xs);
        const sorted = [...xs].sort((x, y) => x - y);
        expect(selectKth(a, a.length, k)).toBe(sorted[k]);
        for (let i = 0; i < k; i++) expect(a[i]).toBeLessThanOrEqual(a[k] as number);
        for (let i = k + 1; i < a.length; i++) expect(a[i]).toBeGreaterThanOrEqual(a[k] as number);
      }),
      { numRuns: 500 },
    );
    const asc = Int32Array.from({ length: 1000 }, (_, i) => i);
    expect(selectKth(asc, 1000, 900)).toBe(900);
    expect(() => selectKth(asc, 10, 10)).toThrow(RangeError);
  });

  it('percentileOfInts = HJ 663 exact percentile rounded half to even, on the buffer prefix only', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 366 }),
        fc.constantFrom(50, 90, 95, 98, 100, 0),
        (xs, p) => {
          const buf = new Int32Array(400).fill(99999);
          buf.set(xs);
          const expected = toNumber(roundHalfEven(percentileExact(xs, p)!, 0));
          expect(percentileOfInts(buf, xs.length, p)).toBe(expected);
        },
      ),
      { numRuns: 1000 },
    );
    // 10 values 1…10, p90: k = 9.1 → 9 + 0.1 = 9.1 → 9; p95: 9.55 → 10; ties go to even: [1, 2] p50 = 1.5 → 2, [2, 3] → 2.
    expect(percentileOfInts(Int32Array.from([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]), 10, 90)).toBe(9);
    expect(percentileOfInts(Int32Array.from([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]), 10, 95)).toBe(10);
    expect(percentileOfInts(Int32Array.from([2, 1]), 2, 50)).toBe(2);
    expect(percentileOfInts(Int32Array.from([3, 2]), 2, 50)).toBe(2);
    expect(percentileOfInts(new Int32Array(0), 0, 90)).toBe(-1);
    expect(() => percentileOfInts(Int32Array.of(1), 1, 95.5)).toThrow(RangeError);
  });
});
