import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentOf } from './metrics';

describe('percentOf (key units with a permit in force)', () => {
  it('is null without key units and within 0–100 otherwise, even if the part overshoots', () => {
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(1, 3)).toBe(33.3);
    fc.assert(
      fc.property(fc.nat(1000), fc.integer({ min: 1, max: 1000 }), (part, whole) => {
        const p = percentOf(part, whole)!;
        return p >= 0 && p <= 100 && (part >= whole ? p === 100 : p < 100);
      }),
    );
  });
});
