import { parseDecimal, type Rational } from '../../exact';

/**
 * Scaled integers: a value with at most D decimals held as value × 10^D in a double. Doubles hold
 * every integer below 2^53 exactly, so sums of up to 60 minutes stay exact while each value stays
 * under `MAX_SCALED_ABS` (2^46: 70 billion at D = 3, far beyond any analyser's range).
 */
export const MAX_SCALED_ABS = 2 ** 46;

const PLAIN_DECIMAL = /^([+-])?(\d+)(?:\.(\d*))?$/;

/**
 * value × 10^decimals as an exact integer; NaN for an empty cell or null (no value).
 * Refuses (RangeError) a value with more than `decimals` significant decimals or beyond the range:
 * such a value must go through the exact bigint path (`hourlyMean`).
 */
export function scaleDecimal(input: string | number | null, decimals: number): number {
  if (input === null || input === '') return Number.NaN;
  const text = typeof input === 'number' ? String(input) : input.trim();
  const m = PLAIN_DECIMAL.exec(text);
  let scaled: number;
  if (m) {
    const [, sign, int = '', frac = ''] = m;
    if (frac.length > decimals && /[1-9]/.test(frac.slice(decimals)))
      throw new RangeError(`more than ${decimals} decimals: ${text}`);
    const digits = int + frac.slice(0, decimals).padEnd(decimals, '0');
    scaled = Number(digits) * (sign === '-' ? -1 : 1);
    if (!Number.isSafeInteger(scaled)) throw new RangeError(`beyond the scaled-integer range: ${text}`);
  } else {
    // Exponent spellings (String(1e-7)): the exact parser, then the same checks.
    const r = parseDecimal(text);
    const n = r.n * 10n ** BigInt(decimals);
    if (n % r.d !== 0n) throw new RangeError(`more than ${decimals} decimals: ${text}`);
    scaled = Number(n / r.d);
  }
  if (Math.abs(scaled) > MAX_SCALED_ABS) throw new RangeError(`beyond the scaled-integer range: ${text}`);
  return scaled === 0 ? 0 : scaled; // no −0
}

/** The exact rational of a scaled integer. */
export const unscale = (scaled: number, decimals: number): Rational => ({
  n: BigInt(scaled),
  d: 10n ** BigInt(decimals),
});

/**
 * num / den rounded half to even (GB/T 8170), in integer arithmetic on doubles: the float quotient
 * is only a first guess, corrected with the exact remainder; ties are decided by comparing 2 × the
 * remainder with the denominator. Exact when |num| and den are integers ≤ 2^52 and den > 0.
 */
export function divRoundHalfEven(num: number, den: number): number {
  let q = Math.floor(num / den);
  let r = num - q * den;
  if (r < 0) {
    q -= 1;
    r += den;
  } else if (r >= den) {
    q += 1;
    r -= den;
  }
  const twice = 2 * r;
  const up = twice > den || (twice === den && q % 2 !== 0);
  const out = up ? q + 1 : q;
  return out === 0 ? 0 : out;
}
