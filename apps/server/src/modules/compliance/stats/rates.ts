import { fromInt, mul, ratio, roundHalfEven, toNumber, type Rational } from '@ecocloud/standards';

/** A count over a count; a part above the whole (a logger sending a minute twice) counts as the whole. */
export type Share = { part: number; whole: number };

const exact = (s: Share): Rational => ratio(BigInt(Math.min(Math.max(s.part, 0), s.whole)), BigInt(s.whole));
const asPercent = (r: Rational): number => toNumber(roundHalfEven(mul(r, fromInt(100)), 1));

/** The share in per cent, one decimal half to even (GB/T 8170), never above 100; null without a whole. */
export function percent(s: Share): number | null {
  return s.whole > 0 ? asPercent(exact(s)) : null;
}

/** The product of two shares in per cent (有效传输率 = transmission rate × valid rate), rounded once at the end. */
export function productPercent(a: Share, b: Share): number | null {
  return a.whole > 0 && b.whole > 0 ? asPercent(mul(exact(a), exact(b))) : null;
}
