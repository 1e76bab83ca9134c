import { add, cmp, div, fromInt, mul, sub, type Rational } from '../../exact';
import { HOUR_MS, type HourSummary } from './types';

const byValue = (a: Rational, b: Rational): number => cmp(a, b);

/** Value at quantile q (nearest rank, lower) of a non-empty list. */
export function quantileOf(values: readonly Rational[], q: Rational): Rational {
  const sorted = [...values].sort(byValue);
  const idx = Number((BigInt(sorted.length - 1) * q.n) / q.d);
  return sorted[idx] as Rational;
}

/**
 * Hours in which the flow shows operation: flow mean (any flag) above a share of the median of the
 * outlet's positive flow means. Returns hourStart → flow mean.
 */
export function operatingHours(flow: readonly HourSummary[], share: Rational): Map<number, Rational> {
  const positive = flow.filter((h) => h.rawMean !== null && h.rawMean.n > 0n);
  const out = new Map<number, Rational>();
  if (positive.length === 0) return out;
  const median = quantileOf(
    positive.map((h) => h.rawMean as Rational),
    { n: 1n, d: 2n },
  );
  const threshold = mul(median, share);
  for (const h of positive) if (cmp(h.rawMean as Rational, threshold) > 0) out.set(h.hourStart, h.rawMean as Rational);
  return out;
}

export interface HourRun {
  readonly from: number;
  readonly to: number;
  readonly starts: readonly number[];
}

/** Consecutive clock hours among the given starts, runs of at least `minHours`. */
export function hourRuns(starts: readonly number[], minHours = 1): HourRun[] {
  const sorted = [...new Set(starts)].sort((a, b) => a - b);
  const runs: HourRun[] = [];
  let cur: number[] = [];
  const flush = (): void => {
    if (cur.length >= minHours && cur.length > 0)
      runs.push({ from: cur[0] as number, to: (cur[cur.length - 1] as number) + HOUR_MS, starts: cur });
    cur = [];
  };
  for (const s of sorted) {
    if (cur.length > 0 && s !== (cur[cur.length - 1] as number) + HOUR_MS) flush();
    cur.push(s);
  }
  flush();
  return runs;
}

/** Does a series vary by more than `share` of its mean (max − min > share × |mean|)? */
export function varies(values: readonly Rational[], share: Rational): boolean {
  if (values.length < 2) return false;
  const sorted = [...values].sort(byValue);
  const mean = div(values.reduce(add, fromInt(0)), fromInt(values.length));
  const absMean = mean.n < 0n ? { n: -mean.n, d: mean.d } : mean;
  return cmp(sub(sorted[sorted.length - 1] as Rational, sorted[0] as Rational), mul(absMean, share)) > 0;
}
