import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentile, percentileExact } from './percentile';

describe('HJ 663 percentile (appendix A)', () => {
  it('P1: {3,4,8,2,5,4} p90 = 6.5', () => expect(percentile([3, 4, 8, 2, 5, 4], 90)).toBe(6.5));
  it('P2: 1…365 p90 = 328.6, p95 = 346.8', () => {
    const v = Array.from({ length: 365 }, (_, i) => i + 1);
    expect(percentileExact(v, 90)).toEqual({ n: 1643n, d: 5n });
    expect(percentile(v, 95)).toBe(346.8);
  });
  it('integer k takes X(k); one value; empty; NaN ignored; bad p', () => {
    expect(percentile([10, 20, 30], 50)).toBe(20);
    expect(percentile([7], 98)).toBe(7);
    expect(percentile([], 90)).toBeNull();
    expect(percentile([Number.NaN, 1, 2], 100)).toBe(2);
    expect(() => percentile([1], 101)).toThrow();
  });
  it('matches an independent integer-only formula and lies between min and max (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 100 }),
        (vals, p) => {
          const got = percentileExact(vals, p);
          const s = [...vals].sort((a, b) => a - b);
          // ×100 everywhere: 100·m = 100·X(s) + (X(s+1) − X(s))·((n−1)p mod 100)
          const t = (s.length - 1) * p;
          const i = Math.floor(t / 100);
          const rem = t % 100;
          const want100 = 100 * (s[i] as number) + (rem === 0 ? 0 : ((s[i + 1] as number) - (s[i] as number)) * rem);
          expect(got && got.n * 100n).toBe(BigInt(want100) * (got?.d ?? 1n));
          const v = percentile(vals, p) as number;
          expect(v).toBeGreaterThanOrEqual(Math.min(...vals));
          expect(v).toBeLessThanOrEqual(Math.max(...vals));
        },
      ),
    );
  });
});
