/**
 * Exact decimal arithmetic for standards work.
 *
 * Standards state numbers in decimal (2.2 mg/m³, 0.025 mg/L) and round them with a ceiling
 * (HJ 633) or half to even (GB/T 8170). IEEE doubles cannot hold most decimals exactly, so
 * `Math.ceil(25 * (2.2 - 2) + 50)` gives 56 instead of 55. Everything here works on bigint
 * fractions instead; a number input is first turned into its shortest decimal spelling
 * (`String(2.2) === '2.2'`), which is what the caller meant.
 */

/** A fraction n/d with d > 0, always in lowest terms. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

export type DecimalInput = number | string | Rational;

const DECIMAL_RE = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Build n/d in lowest terms; throws on a zero denominator. */
export function ratio(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('zero denominator');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

export function isRational(x: unknown): x is Rational {
  return typeof x === 'object' && x !== null && typeof (x as Rational).n === 'bigint';
}

/** Parse a decimal string or number exactly; returns null for anything that is not a finite decimal. */
export function tryParseDecimal(input: DecimalInput | null | undefined): Rational | null {
  if (input === null || input === undefined) return null;
  if (isRational(input)) return input;
  if (typeof input === 'number' && !Number.isFinite(input)) return null;
  const text = (typeof input === 'number' ? String(input) : input).trim();
  const m = DECIMAL_RE.exec(text);
  if (!m) return null;
  const [, sign, intPart = '', fracPart = '', expPart] = m;
  if (intPart === '' && fracPart === '') return null;
  let n = BigInt((intPart || '0') + fracPart);
  let d = 10n ** BigInt(fracPart.length);
  const exp = expPart === undefined ? 0 : Number(expPart);
  if (exp > 0) n *= 10n ** BigInt(exp);
  if (exp < 0) d *= 10n ** BigInt(-exp);
  return ratio(sign === '-' ? -n : n, d);
}

/** Parse a decimal exactly; throws a RangeError naming the bad input. */
export function parseDecimal(input: DecimalInput): Rational {
  const r = tryParseDecimal(input);
  if (r === null) throw new RangeError(`not a decimal number: ${String(input)}`);
  return r;
}

export const add = (a: Rational, b: Rational): Rational => ratio(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational): Rational => ratio(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => ratio(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => ratio(a.n * b.d, a.d * b.n);

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function cmp(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** Floor of a/b for bigints (JS bigint division truncates toward zero). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** Ceiling of a/b for bigints. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return -floorDiv(-a, b);
}

export const floor = (r: Rational): bigint => floorDiv(r.n, r.d);
export const ceil = (r: Rational): bigint => ceilDiv(r.n, r.d);

/**
 * Round half to even at `decimals` places (GB/T 8170-2008 §3.3, "四舍六入五成双"):
 * a remainder above one half rounds away, below rounds toward, exactly one half goes to the even neighbour.
 */
export function roundHalfEven(r: Rational, decimals = 0): Rational {
  const scale = 10n ** BigInt(decimals);
  const scaledN = r.n * scale;
  const q = floorDiv(scaledN, r.d);
  const twiceRem = 2n * (scaledN - q * r.d);
  const up = twiceRem > r.d || (twiceRem === r.d && q % 2n !== 0n);
  return ratio(up ? q + 1n : q, scale);
}

/** Fixed-point text with exactly `decimals` places, rounding half to even first. */
export function toFixedExact(r: Rational, decimals = 0): string {
  const rounded = roundHalfEven(r, decimals);
  const scale = 10n ** BigInt(decimals);
  const scaled = (rounded.n * scale) / rounded.d;
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const intPart = digits.slice(0, digits.length - decimals);
  const frac = decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : '';
  return `${negative ? '-' : ''}${intPart}${frac}`;
}

/** The shortest exact decimal text when the denominator is a product of 2s and 5s, else 12 places. */
export function toDecimalString(r: Rational): string {
  let d = r.d;
  let places = 0;
  while (d % 10n === 0n) {
    d /= 10n;
    places++;
  }
  while (d % 2n === 0n || d % 5n === 0n) {
    d = d % 2n === 0n ? d / 2n : d / 5n;
    places++;
  }
  if (d !== 1n) return toFixedExact(r, 12);
  return toFixedExact(r, places);
}

/** Nearest double (for display and charts only; never feed it back into a rounding rule). */
export function toNumber(r: Rational): number {
  return Number(toFixedExact(r, 15));
}

export const fromInt = (i: number | bigint): Rational => ratio(BigInt(i), 1n);
