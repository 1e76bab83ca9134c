import { createHash } from 'node:crypto';

/**
 * The random source of the reproducible draw: a SHA-256 counter stream over the published seed.
 * Anyone can re-run it (README.md has the recipe and a Python version):
 *
 * - Block c (c = 0, 1, 2 …) = SHA-256 of the UTF-8 bytes `seed ‖ 0x00 ‖ label ‖ 0x00 ‖ decimal(c)`.
 *   The label separates the sub-draws (`objects:key`, `inspectors:<unit id>` …), so adding an
 *   inspector does not change which units are drawn. Seeds and ids never contain NUL.
 * - Each block gives eight 32-bit unsigned words, big-endian, used in order.
 * - A uniform integer below n: words at or above 2³² − (2³² mod n) are skipped (no modulo bias),
 *   otherwise word mod n.
 * - k of n items: a partial Fisher–Yates shuffle over the items sorted by id — for i = 0 … k−1,
 *   j = i + uniform(n − i), swap items i and j; the first k are drawn, in that order.
 *
 * Changing any of this changes the published lists: bump DRAW_ALGORITHM.version and keep the old.
 */
export const DRAW_ALGORITHM = { name: 'sha256-counter-fisher-yates', version: 1 } as const;

const TWO_32 = 2 ** 32;

/** The stream of 32-bit words for one sub-draw. */
export function wordStream(seed: string, label: string): () => number {
  let counter = 0;
  let block = Buffer.alloc(0);
  let offset = 0;
  return () => {
    if (offset === block.length) {
      block = createHash('sha256').update(`${seed}\0${label}\0${counter}`, 'utf8').digest();
      counter += 1;
      offset = 0;
    }
    const word = block.readUInt32BE(offset);
    offset += 4;
    return word;
  };
}

/** A uniform integer in [0, n) by rejection. */
export function uniformBelow(next: () => number, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > TWO_32) throw new RangeError(`uniformBelow: n out of range: ${n}`);
  const limit = TWO_32 - (TWO_32 % n);
  for (;;) {
    const word = next();
    if (word < limit) return word % n;
  }
}

/** `k` of `items` (already in id order) by a partial Fisher–Yates shuffle, in the order drawn. */
export function drawK<T>(items: readonly T[], k: number, next: () => number): T[] {
  const a = [...items];
  for (let i = 0; i < k; i++) {
    const j = i + uniformBelow(next, a.length - i);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, k);
}
