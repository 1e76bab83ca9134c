import { cmp, fromInt, type Rational } from '../../exact';
import type { PermitLimit } from '../exceedance';
import { convertToReferenceO2 } from '../o2';
import { DEFAULT_EMISSION_SETTINGS, type EmissionSettings } from '../settings';
import { exactMean, judgeExact, judgeFloat, limitNumbers, type Judged, type LimitNumbers } from './decide';
import type { FlagCodes } from './flag-codes';
import { divRoundHalfEven, MAX_SCALED_ABS } from './scaled';

/**
 * The columnar hourly reducer: minute columns (scaled integers, one flag byte per minute) in,
 * hourly judgement columns out, with results identical to `hourlyMean`, `o2HourlyMean`,
 * `convertedHourlyMean` (basis `hourly`) and `judgeHour` rounded half to even (fast.test.ts proves
 * it). Layout: minute i of hour h is index h × 60 + i; NaN = no value.
 */
export const MINUTES_PER_HOUR = 60;

export interface MinuteColumns {
  /** value × 10^decimals, exact integers (`scaleDecimal`); NaN = no value. */
  readonly values: Float64Array;
  readonly flags: Uint8Array;
  readonly decimals: number;
}

export interface FastPollutantSpec {
  /** Permitted concentration; null = no judgement. */
  readonly limit: PermitLimit | null;
  /** Reference O2 (%); null = judge the measured mean (no 折算). */
  readonly o2Reference: Rational | null;
  /** Places of the printed mean, O2 mean and converted value (3, as the CLI). */
  readonly outputDecimals: number;
  /** Places of the printed multiple (2). */
  readonly multipleDecimals: number;
}

export interface O2Hours {
  readonly sum: Float64Array;
  readonly count: Uint8Array;
  readonly decimals: number;
  /** O2 mean × 10^P rounded half to even; NaN when the O2 hour is invalid. */
  readonly mean: Float64Array;
}

/** Hour status, as `convertedHourlyMean`'s reasons. */
export const HOUR_OK = 0;
export const HOUR_INVALID = 1;
export const O2_HOUR_INVALID = 2;
/** `exceeded` value of an hour that is not judged (invalid, or no limit). */
export const NOT_JUDGED = 2;

export interface FastHourly {
  readonly validMinutes: Uint8Array;
  readonly valid: Uint8Array;
  /** Mean × 10^P rounded half to even; NaN when the hour is invalid. */
  readonly mean: Float64Array;
  /** The judged value (converted, or the mean without an O2 reference) × 10^P; NaN when none. */
  readonly value: Float64Array;
  readonly status: Uint8Array;
  /** 1 exceeded, 0 complied, 2 not judged. */
  readonly exceeded: Uint8Array;
  /** Multiple × 10^M; NaN when not exceeded or a range limit. */
  readonly multiple: Float64Array;
  /** Hours decided on the exact bigint path (ties, values near the limit, out-of-range sums). */
  exactHours: number;
}

const hoursOf = (c: MinuteColumns): number => {
  if (c.values.length !== c.flags.length || c.values.length % MINUTES_PER_HOUR !== 0)
    throw new RangeError('minute columns must be whole hours of 60 minutes, values and flags alike');
  return c.values.length / MINUTES_PER_HOUR;
};

const onlyHourlyBasis = (s: EmissionSettings): void => {
  if (s.o2ConversionBasis !== 'hourly')
    throw new RangeError('the fast reducer converts on the hourly basis only; use convertedHourlyMean per minute');
};

/** Mean × 10^P of sum / (n × 10^D), exactly; undefined when the integers would pass 2^52. */
function roundedMean(sum: number, n: number, d: number, p: number): number | undefined {
  const num = p >= d ? sum * 10 ** (p - d) : sum;
  const den = p >= d ? n : n * 10 ** (d - p);
  if (Math.abs(num) > 2 ** 52 || den > 2 ** 52) return undefined;
  return divRoundHalfEven(num, den);
}

/** The hourly O2 means (`o2HourlyMean`: flagged minutes and readings outside 0 ≤ O2 < 21 left out). */
export function reduceO2Hours(
  o2: MinuteColumns,
  codes: FlagCodes,
  outputDecimals: number,
  settings: EmissionSettings = DEFAULT_EMISSION_SETTINGS,
): O2Hours {
  const hours = hoursOf(o2);
  if (o2.decimals > 9) throw new RangeError('O2 with more than 9 decimals: use the exact path');
  const top = 21 * 10 ** o2.decimals;
  const sum = new Float64Array(hours);
  const count = new Uint8Array(hours);
  const mean = new Float64Array(hours);
  const { values, flags } = o2;
  const valid = codes.valid;
  for (let h = 0; h < hours; h++) {
    let s = 0;
    let n = 0;
    const end = (h + 1) * MINUTES_PER_HOUR;
    for (let i = h * MINUTES_PER_HOUR; i < end; i++) {
      const v = values[i] as number;
      if (valid[flags[i] as number] === 1 && v >= 0 && v < top) {
        s += v;
        n++;
      }
    }
    sum[h] = s;
    count[h] = n;
    const ok = n >= settings.minValidMinutesPerHour && n > 0;
    const rounded = ok ? roundedMean(s, n, o2.decimals, outputDecimals) : Number.NaN;
    if (rounded === undefined) throw new RangeError('O2 mean beyond the scaled-integer range: use the exact path');
    mean[h] = rounded;
  }
  return { sum, count, decimals: o2.decimals, mean };
}

export function newFastHourly(hours: number): FastHourly {
  return {
    validMinutes: new Uint8Array(hours),
    valid: new Uint8Array(hours),
    mean: new Float64Array(hours),
    value: new Float64Array(hours),
    status: new Uint8Array(hours),
    exceeded: new Uint8Array(hours),
    multiple: new Float64Array(hours),
    exactHours: 0,
  };
}

/** Sum of an hour's valid minutes as a bigint (the exact path of an hour whose values pass the range). */
function exactSum(c: MinuteColumns, valid: Uint8Array, h: number): bigint {
  let s = 0n;
  for (let i = h * MINUTES_PER_HOUR; i < (h + 1) * MINUTES_PER_HOUR; i++) {
    const v = c.values[i] as number;
    if (valid[c.flags[i] as number] === 1 && v === v) s += BigInt(v);
  }
  return s;
}

const TWENTY_ONE = fromInt(21);

/**
 * Reduce one pollutant's minute columns to hourly judgement. With `spec.o2Reference`, `o2` must be
 * the same outlet's `reduceO2Hours` over the same hours. Writes into `out` (reuse it across series).
 */
export function reduceHourly(
  c: MinuteColumns,
  spec: FastPollutantSpec,
  codes: FlagCodes,
  o2: O2Hours | null,
  settings: EmissionSettings = DEFAULT_EMISSION_SETTINGS,
  out: FastHourly = newFastHourly(hoursOf(c)),
): FastHourly {
  onlyHourlyBasis(settings);
  const hours = hoursOf(c);
  const ref = spec.o2Reference;
  if (ref !== null) {
    if (o2 === null || o2.sum.length !== hours) throw new RangeError('an O2 reference needs the O2 hours');
    if (cmp(ref, fromInt(0)) < 0 || cmp(ref, TWENTY_ONE) >= 0)
      throw new RangeError('O2 reference outside 0 ≤ O2ref < 21');
  }
  const { values, flags, decimals: d } = c;
  const p = spec.outputDecimals;
  const scaleP = 10 ** p;
  const scaleM = 10 ** spec.multipleDecimals;
  const scaleD = 10 ** d;
  const lim: LimitNumbers | null = spec.limit ? limitNumbers(spec.limit) : null;
  // 21 − O2ref = B / Rd, exact integers.
  const rd = ref ? Number(ref.d) : 1;
  const b = ref ? Number(21n * ref.d - ref.n) : 1;
  const o2Scale = o2 ? 10 ** o2.decimals : 1;
  const valid = codes.valid;
  const minValid = settings.minValidMinutesPerHour;
  const judged: Judged = { rounded: 0, exceeded: false, multiple: Number.NaN };
  out.exactHours = 0;
  for (let h = 0; h < hours; h++) {
    let s = 0;
    let n = 0;
    let big = false;
    const end = (h + 1) * MINUTES_PER_HOUR;
    for (let i = h * MINUTES_PER_HOUR; i < end; i++) {
      const v = values[i] as number;
      if (valid[flags[i] as number] === 1 && v === v) {
        s += v;
        n++;
        if (v > MAX_SCALED_ABS || v < -MAX_SCALED_ABS) big = true;
      }
    }
    out.validMinutes[h] = n;
    const ok = n >= minValid && n > 0;
    out.valid[h] = ok ? 1 : 0;
    out.multiple[h] = Number.NaN;
    out.value[h] = Number.NaN;
    out.exceeded[h] = NOT_JUDGED;
    if (!ok) {
      out.mean[h] = Number.NaN;
      out.status[h] = HOUR_INVALID;
      continue;
    }
    const mean = big ? undefined : roundedMean(s, n, d, p);
    let x: number;
    if (ref !== null) {
      const no = (o2 as O2Hours).count[h] as number;
      if (!(no >= minValid && no > 0)) {
        out.status[h] = O2_HOUR_INVALID;
        out.mean[h] = mean ?? judgeExact(exactMean(exactSum(c, valid, h), n, d), null, p, 0, judged).rounded;
        continue;
      }
      // C × (21 − O2ref) / (21 − O2) = s·B·no·10^Do / (n·10^D·Rd·A), A = 21·no·10^Do − So > 0.
      const a = 21 * no * o2Scale - ((o2 as O2Hours).sum[h] as number);
      x = (s * b * no * o2Scale) / (n * scaleD * rd * a);
    } else x = s / (n * scaleD);
    out.status[h] = HOUR_OK;
    const fast = big || mean === undefined ? undefined : judgeFloat(x, lim, scaleP, scaleM, judged);
    if (fast !== undefined) {
      out.mean[h] = mean as number;
      out.value[h] = fast.rounded;
      out.exceeded[h] = lim ? (fast.exceeded ? 1 : 0) : NOT_JUDGED;
      out.multiple[h] = fast.multiple;
      continue;
    }
    out.exactHours++;
    exactHour(c, spec, o2, valid, h, n, out, judged);
  }
  return out;
}

/** One hour on the exact path: bigint sums, the reference `convertToReferenceO2` and `judgeHour`. */
function exactHour(
  c: MinuteColumns,
  spec: FastPollutantSpec,
  o2: O2Hours | null,
  validFlag: Uint8Array,
  h: number,
  n: number,
  out: FastHourly,
  judged: Judged,
): void {
  const p = spec.outputDecimals;
  const mean = exactMean(exactSum(c, validFlag, h), n, c.decimals);
  out.mean[h] = judgeExact(mean, null, p, 0, judged).rounded;
  let value = mean;
  if (spec.o2Reference !== null && o2 !== null) {
    const o2Mean = exactMean(BigInt(o2.sum[h] as number), o2.count[h] as number, o2.decimals);
    const r = convertToReferenceO2(mean, o2Mean, spec.o2Reference);
    if (!r.ok) throw new RangeError(`unexpected O2 problem ${r.reason}`); // the O2 hours hold only 0 ≤ O2 < 21
    value = r.value;
  }
  judgeExact(value, spec.limit, p, spec.multipleDecimals, judged);
  out.value[h] = judged.rounded;
  out.exceeded[h] = spec.limit ? (judged.exceeded ? 1 : 0) : NOT_JUDGED;
  out.multiple[h] = judged.multiple;
}
