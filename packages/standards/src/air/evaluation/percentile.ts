import { add, mul, parseDecimal, ratio, sub, toNumber, type DecimalInput, type Rational } from '../../exact';

/**
 * Percentile by HJ 663 appendix A: sort ascending X(1)…X(n); k = 1 + (n − 1)·p/100; s = ⌊k⌋;
 * m_p = X(s) + (X(s+1) − X(s))·(k − s). Same as Excel PERCENTILE.INC / numpy 'linear'.
 * The fraction k − s and the interpolation are exact (the values are read as decimals).
 *
 * @param values the valid values (NaN entries are ignored)
 * @param p percentile in percent, 0-100 (e.g. 90, 95, 98); a decimal string or number
 * @returns the exact percentile, or null when there are no values
 */
export function percentileExact(values: ArrayLike<number>, p: DecimalInput): Rational | null {
  const sorted = Float64Array.from(values as ArrayLike<number>)
    .filter((v) => !Number.isNaN(v))
    .sort();
  return percentileOfSorted(sorted, p);
}

/** percentileExact on values already sorted ascending (no NaN); avoids the copy and the sort. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: DecimalInput): Rational | null {
  const n = sorted.length;
  if (n === 0) return null;
  const pr = parseDecimal(p);
  if (pr.n < 0n || pr.n > 100n * pr.d) throw new RangeError(`percentile out of 0-100: ${String(p)}`);
  // k − 1 = (n − 1)·p/100 as a fraction; its integer part is s − 1 (0-based index of X(s)).
  const kMinus1 = ratio(BigInt(n - 1) * pr.n, 100n * pr.d);
  const s0 = Number(kMinus1.n / kMinus1.d);
  const frac = ratio(kMinus1.n - BigInt(s0) * kMinus1.d, kMinus1.d);
  const low = parseDecimal(sorted[s0] as number);
  if (frac.n === 0n) return low;
  const high = parseDecimal(sorted[s0 + 1] as number);
  return add(low, mul(sub(high, low), frac));
}

/** percentileExact as a double, for display. */
export function percentile(values: ArrayLike<number>, p: DecimalInput): number | null {
  const r = percentileExact(values, p);
  return r === null ? null : toNumber(r);
}
