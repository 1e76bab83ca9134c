import { ratio, roundHalfEven, type Rational } from '../../exact';
import { judgeHour, type PermitLimit } from '../exceedance';

/**
 * Float decisions with a certified margin. The fast path estimates a value x = num / den from exact
 * integers with at most ~10 IEEE roundings, so its relative error is below 10 × 2^-53 < 2^-49. Every
 * decision (round half to even at P places, above the limit, the multiple at M places) is taken from
 * the float only when the estimate lies farther than 2^-40 (relative) from the decision's boundary;
 * otherwise `undefined` is returned and the caller decides that hour on the exact bigint path.
 * Exact ties (a mean of exactly x.xxx5, a value equal to the limit) always land inside the margin,
 * so they always go the exact way: the float never decides a tie.
 */
export const REL_MARGIN = 2 ** -40;
/** Above this the fractional part of a double is too coarse for the margin test. */
const MAX_ROUNDED = 2 ** 49;

/** round-half-even(y) when y's float is clearly off the .5 boundary, else undefined. */
function roundClear(y: number, absError: number): number | undefined {
  if (!(Math.abs(y) < MAX_ROUNDED)) return undefined;
  const f = Math.floor(y);
  const frac = y - f;
  if (Math.abs(frac - 0.5) <= absError) return undefined;
  const out = frac > 0.5 ? f + 1 : f;
  return out === 0 ? 0 : out;
}

export interface LimitNumbers {
  readonly limit: PermitLimit;
  /** The limit's nearest doubles (max; min for a range). */
  readonly max: number;
  readonly min: number;
}

export const limitNumbers = (limit: PermitLimit): LimitNumbers => ({
  limit,
  max: Number(limit.max.n) / Number(limit.max.d),
  min: limit.kind === 'range' ? Number(limit.min.n) / Number(limit.min.d) : Number.NaN,
});

/** x > l, x < l as ±1, or 0 when the float cannot tell (then the exact path decides). */
function sideOf(x: number, l: number): -1 | 0 | 1 {
  const d = x - l;
  if (Math.abs(d) <= (Math.abs(x) + Math.abs(l)) * REL_MARGIN) return 0;
  return d > 0 ? 1 : -1;
}

export interface Judged {
  /** Value × 10^P rounded half to even. */
  rounded: number;
  exceeded: boolean;
  /** Multiple × 10^M rounded half to even; NaN when none. */
  multiple: number;
}

/** The float decision of one hour's value x (scaleP 0: no rounding wanted); undefined when any part is too close to call. */
export function judgeFloat(
  x: number,
  lim: LimitNumbers | null,
  scaleP: number,
  scaleM: number,
  out: Judged,
): Judged | undefined {
  if (scaleP > 0) {
    const y = x * scaleP;
    const rounded = roundClear(y, Math.abs(y) * REL_MARGIN);
    if (rounded === undefined) return undefined;
    out.rounded = rounded;
  }
  out.multiple = Number.NaN;
  out.exceeded = false;
  if (lim === null) return out;
  const above = sideOf(x, lim.max);
  if (above === 0) return undefined;
  if (lim.limit.kind === 'range') {
    const below = sideOf(x, lim.min);
    if (below === 0) return undefined;
    out.exceeded = above > 0 || below < 0;
    return out;
  }
  out.exceeded = above > 0;
  if (!out.exceeded) return out;
  const m = ((x - lim.max) / lim.max) * scaleM;
  const err = ((Math.abs(x) + Math.abs(lim.max)) / Math.abs(lim.max)) * scaleM * REL_MARGIN + Math.abs(m) * REL_MARGIN;
  const mr = roundClear(m, err);
  if (mr === undefined) return undefined;
  out.multiple = mr;
  return out;
}

/** A rational rounded half to even at `decimals` places, as its scaled integer (refused beyond 2^53). */
function scaledOf(r: Rational, decimals: number): number {
  const rounded = roundHalfEven(r, decimals);
  const n = (rounded.n * 10n ** BigInt(decimals)) / rounded.d;
  const out = Number(n);
  if (!Number.isSafeInteger(out)) throw new RangeError('result beyond the scaled-integer range: use the exact path');
  return out === 0 ? 0 : out;
}

/** The exact decision: the reference `judgeHour` and `roundHalfEven` on the exact rational (p null: no rounding). */
export function judgeExact(
  value: Rational,
  limit: PermitLimit | null,
  p: number | null,
  m: number,
  out: Judged,
): Judged {
  if (p !== null) out.rounded = scaledOf(value, p);
  out.exceeded = false;
  out.multiple = Number.NaN;
  if (limit === null) return out;
  const j = judgeHour(value, limit);
  out.exceeded = j.exceeded;
  out.multiple = j.multiple === null ? Number.NaN : scaledOf(j.multiple, m);
  return out;
}

/** Exact mean sum / (count × 10^D). */
export const exactMean = (sum: bigint, count: number, decimals: number): Rational =>
  ratio(sum, BigInt(count) * 10n ** BigInt(decimals));
