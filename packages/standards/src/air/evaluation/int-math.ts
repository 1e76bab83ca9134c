/**
 * Small exact helpers over safe integers for the hot evaluation path (millions of hourly values):
 * concentrations are carried as integers in milli-units, so sums are exact and a mean is the exact
 * fraction sum / (count × 1000). bigint fractions would be exact too, but ~50× slower.
 */

/** Hourly values are read to 0.001 of their unit (µg/m³ or mg/m³); finer digits are rounded off. */
export const MILLI = 1000;

/** A finite non-negative number as integer milli-units, or -1 for missing/invalid. */
export function toMilli(v: number): number {
  if (!Number.isFinite(v) || v < 0) return -1;
  return Math.round(v * MILLI);
}

/**
 * num/den rounded half to even (GB/T 8170) for non-negative safe integers, as an integer.
 * Works on the remainder, so no floating-point division decides a tie.
 */
export function divHalfEven(num: number, den: number): number {
  const q = Math.floor(num / den);
  let r = num - q * den;
  let quot = q;
  // Math.floor on a huge quotient could be off by one; correct with the exact remainder.
  if (r < 0) {
    quot -= 1;
    r += den;
  } else if (r >= den) {
    quot += 1;
    r -= den;
  }
  const twice = 2 * r;
  if (twice > den || (twice === den && quot % 2 === 1)) return quot + 1;
  return quot;
}

/** Round a mean given as milli-unit sum and count to `decimals` places, half to even; returns a number. */
export function roundMean(sumMilli: number, count: number, decimals: number): number {
  const scale = 10 ** decimals;
  return divHalfEven(sumMilli * scale, count * MILLI) / scale;
}
