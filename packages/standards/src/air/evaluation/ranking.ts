import { cmp, parseDecimal, type DecimalInput } from '../../exact';

export interface Ranked<K> {
  key: K;
  rank: number;
}

/**
 * Ranks with shared places for ties ("1224" competition ranking), as the city ranking rule does:
 * equal values share the rank and the next value skips. `ascending` (the default) ranks the smallest
 * value first — the composite index; pass false for "larger is better" (good-day ratio).
 * Items keep their input order within a tie.
 */
export function rankWithTies<K>(items: readonly { key: K; value: DecimalInput }[], ascending = true): Ranked<K>[] {
  const parsed = items.map((it, i) => ({ key: it.key, v: parseDecimal(it.value), i }));
  const sorted = [...parsed].sort((a, b) => (ascending ? cmp(a.v, b.v) : cmp(b.v, a.v)) || a.i - b.i);
  const out: Ranked<K>[] = [];
  sorted.forEach((it, pos) => {
    const prev = sorted[pos - 1];
    const rank = prev && cmp(prev.v, it.v) === 0 ? (out[pos - 1] as Ranked<K>).rank : pos + 1;
    out.push({ key: it.key, rank });
  });
  return out;
}
