import {
  add,
  cmp,
  div,
  fromInt,
  mul,
  parseDecimal,
  roundHalfEven,
  sub,
  toFixedExact,
  type DecimalInput,
  type Rational,
} from '../../exact';
import type { AirLimitsId } from '../../registry';
import type { Pollutant } from '../aqi-tables';

export type CompositeInput = Record<Pollutant, DecimalInput>;

/**
 * Divisors S_i (reference §3.3): SO2/NO2/PM10/PM2.5 annual class-2 limits, CO 24-h, O3 8-h.
 * 2012: ☑ cross-checked. 2026 transition/final: the GB 3095-2026 limits of the stage ⚠ (one project
 * uses the transition figures; HJ 663-2026 text not read) — pass `divisors` to override.
 */
export const COMPOSITE_DIVISORS: Record<AirLimitsId, Record<Pollutant, string>> = {
  'GB3095-2012': { so2: '60', no2: '40', pm10: '70', pm2_5: '35', co: '4', o3: '160' },
  'GB3095-2026-transition': { so2: '60', no2: '40', pm10: '60', pm2_5: '30', co: '4', o3: '160' },
  'GB3095-2026-final': { so2: '20', no2: '30', pm10: '50', pm2_5: '25', co: '4', o3: '160' },
};

/** ⚠ UNVERIFIED weights attributed to HJ 663-2026 by a single project (reference §3.3, test C3). */
export const UNVERIFIED_2026_WEIGHTS: Record<Pollutant, number> = { so2: 1, no2: 2, pm10: 1, pm2_5: 3, co: 1, o3: 2 };

export interface CompositeOptions {
  limits: AirLimitsId;
  divisors?: Partial<Record<Pollutant, DecimalInput>>;
  /** Apply UNVERIFIED_2026_WEIGHTS. Off by default: unverified and it changes the result. */
  isWeighted?: boolean;
}

export interface CompositeResult {
  /** Σ w_i·C_i/S_i, exact. */
  index: Rational;
  /** The index rounded half to even to 2 decimals, as published. */
  rounded: string;
  /** Unweighted I_i = C_i/S_i per pollutant. */
  parts: Record<Pollutant, Rational>;
  /** Pollutant(s) with the largest I_i (ties all listed, in SO2, NO2, CO, O3, PM10, PM2.5 order). */
  mainPollutants: Pollutant[];
}

const ORDER: readonly Pollutant[] = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm2_5'];

/**
 * Ambient air quality composite index (环境空气质量综合指数, HJ 663 / city ranking rule):
 * `I_sum = Σ C_i / S_i` over the six pollutants; C = period means of SO2, NO2, PM10, PM2.5, the CO
 * 24-h 95th percentile (mg/m³) and the O3 daily max 8-h 90th percentile.
 */
export function compositeIndex(c: CompositeInput, opts: CompositeOptions): CompositeResult {
  const base = COMPOSITE_DIVISORS[opts.limits];
  let index = fromInt(0);
  const parts = {} as Record<Pollutant, Rational>;
  for (const p of ORDER) {
    const part = div(parseDecimal(c[p]), parseDecimal(opts.divisors?.[p] ?? base[p]));
    parts[p] = part;
    index = add(index, opts.isWeighted ? mul(part, fromInt(UNVERIFIED_2026_WEIGHTS[p])) : part);
  }
  const top = ORDER.reduce((m, p) => (cmp(parts[p], m) > 0 ? parts[p] : m), parts.so2);
  const mainPollutants = ORDER.filter((p) => cmp(parts[p], top) === 0);
  return { index, rounded: toFixedExact(roundHalfEven(index, 2), 2), parts, mainPollutants };
}

/** Change rate against the previous period, (I_this − I_last) / I_last; > 0 means worse. Null if I_last is 0. */
export function changeRate(current: DecimalInput, previous: DecimalInput): Rational | null {
  const last = parseDecimal(previous);
  if (last.n === 0n) return null;
  return div(sub(parseDecimal(current), last), last);
}
