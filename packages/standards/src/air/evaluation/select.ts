import { divHalfEven } from './int-math';

/**
 * Rearranges `a[0..n)` so that `a[k]` is the k-th smallest (0-based), everything before it is
 * ≤ and everything after it is ≥ (Hoare's selection, median of three). Expected O(n), in place,
 * no allocation: the annual evaluation runs it thousands of times on one reused buffer.
 */
export function selectKth(a: Int32Array, n: number, k: number): number {
  if (k < 0 || k >= n) throw new RangeError(`k ${k} outside 0..${n - 1}`);
  let left = 0;
  let right = n - 1;
  while (right > left) {
    const mid = (left + right) >>> 1;
    // Median of three as the pivot keeps sorted and reverse-sorted input linear.
    const x = a[left] as number;
    const y = a[mid] as number;
    const z = a[right] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return a[k] as number;
}

/** Smallest of a[from..n) (after selectKth(k), a[k+1..n) holds the values ≥ a[k]). */
function minFrom(a: Int32Array, from: number, n: number): number {
  let m = a[from] as number;
  for (let i = from + 1; i < n; i++) if ((a[i] as number) < m) m = a[i] as number;
  return m;
}

/**
 * HJ 663 appendix A percentile of integer values (k = 1 + (n − 1)·p/100), rounded half to even to
 * the same integer unit — exactly what `periodPercentile` gives, without sorting or fractions.
 * Reorders `a[0..n)`.
 * @param p integer percent 0-100
 * @returns the rounded percentile, or -1 when n = 0
 */
export function percentileOfInts(a: Int32Array, n: number, p: number): number {
  if (n === 0) return -1;
  if (!Number.isInteger(p) || p < 0 || p > 100) throw new RangeError(`integer percent 0-100 expected: ${p}`);
  const pos = (n - 1) * p;
  const s0 = Math.floor(pos / 100);
  const rem = pos - s0 * 100;
  const x1 = selectKth(a, n, s0);
  if (rem === 0) return x1;
  const x2 = minFrom(a, s0 + 1, n);
  // x1 + (x2 − x1)·rem/100, as one integer fraction over 100.
  return divHalfEven(100 * x1 + (x2 - x1) * rem, 100);
}
