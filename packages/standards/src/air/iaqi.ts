import {
  ceil,
  cmp,
  fromInt,
  mul,
  div,
  sub,
  add,
  roundHalfEven,
  tryParseDecimal,
  type DecimalInput,
  type Rational,
} from '../exact';
import type { AqiStandardId } from '../registry';
import { breakpoints, IAQI_STEPS, pollutantOf, reportDecimals, type Indicator } from './aqi-tables';

/**
 * Why an IAQI is not the plain table lookup:
 * - `above-scale`: concentration above the top breakpoint; HJ 633 leaves it undefined, we cap at 500.
 * - `so2-1h-over-800`: 2012 → no value (use SO2 24 h instead); 2026 → 200 (HJ 633-2026 table 3 note).
 * - `o3-8h-over-800`: 2012 → no value (use O3 1 h instead); 2026 → 300.
 * - `rounded`: the concentration was rounded half to even before the lookup (GB/T 8170).
 * - `invalid` / `negative`: not a usable concentration; value is null.
 */
export type IaqiFlag = 'above-scale' | 'so2-1h-over-800' | 'o3-8h-over-800' | 'rounded' | 'invalid' | 'negative';

export interface IaqiOptions {
  standard: AqiStandardId;
  /**
   * Round the concentration half to even (integer µg/m³, CO 0.1 mg/m³) before the lookup.
   * Default: true for HJ 633-2026 (§4.2.2 requires it), false for HJ 633-2012 (text is silent).
   */
  roundConcentration?: boolean;
}

export interface IaqiResult {
  /** Integer IAQI, or null when none is defined. */
  value: number | null;
  flags: IaqiFlag[];
  /** The concentration the lookup used (after any rounding); null when unparseable. */
  concentration: Rational | null;
}

const OVER_800 = fromInt(800);

/**
 * Individual air quality index, HJ 633-2012 §5.2/§6.2 and HJ 633-2026 §4.2.4/§4.2.6:
 * `IAQI = (IAQI_Hi − IAQI_Lo)/(BP_Hi − BP_Lo) × (C − BP_Lo) + IAQI_Lo`, rounded up (ceiling) exactly.
 *
 * @param indicator pollutant and averaging period, e.g. `co_24h` (µg/m³; CO in mg/m³)
 * @param concentration a decimal string or number (a number is read as its shortest decimal spelling)
 */
export function iaqi(
  indicator: Indicator,
  concentration: DecimalInput | null | undefined,
  opts: IaqiOptions,
): IaqiResult {
  const parsed = tryParseDecimal(concentration);
  if (parsed === null) return { value: null, flags: ['invalid'], concentration: null };
  if (parsed.n < 0n) return { value: null, flags: ['negative'], concentration: parsed };
  const flags: IaqiFlag[] = [];
  let c = parsed;
  if (opts.roundConcentration ?? opts.standard === 'HJ633-2026') {
    c = roundHalfEven(parsed, reportDecimals(pollutantOf(indicator)));
    if (cmp(c, parsed) !== 0) flags.push('rounded');
  }
  const is2026 = opts.standard === 'HJ633-2026';
  if (indicator === 'so2_1h' && cmp(c, OVER_800) > 0) {
    return { value: is2026 ? 200 : null, flags: [...flags, 'so2-1h-over-800'], concentration: c };
  }
  if (indicator === 'o3_8h' && cmp(c, OVER_800) > 0) {
    return { value: is2026 ? 300 : null, flags: [...flags, 'o3-8h-over-800'], concentration: c };
  }
  const hit = lookup(indicator, c, opts.standard);
  return { value: hit.value, flags: [...flags, ...hit.flags], concentration: c };
}

const parsedTables = new Map<string, Rational[]>();

function parsedBreakpoints(indicator: Indicator, standard: AqiStandardId): Rational[] {
  const key = `${standard}/${indicator}`;
  let hit = parsedTables.get(key);
  if (!hit) {
    hit = breakpoints(indicator, standard).map((b) => tryParseDecimal(b) as Rational);
    parsedTables.set(key, hit);
  }
  return hit;
}

function lookup(indicator: Indicator, c: Rational, standard: AqiStandardId): { value: number; flags: IaqiFlag[] } {
  const bps = parsedBreakpoints(indicator, standard);
  for (let i = 1; i < bps.length; i++) {
    const hi = bps[i] as Rational;
    if (cmp(c, hi) > 0) continue;
    const lo = bps[i - 1] as Rational;
    const iLo = fromInt(IAQI_STEPS[i - 1] as number);
    const iHi = fromInt(IAQI_STEPS[i] as number);
    const exact = add(div(mul(sub(iHi, iLo), sub(c, lo)), sub(hi, lo)), iLo);
    return { value: Number(ceil(exact)), flags: [] };
  }
  // Above the top breakpoint: HJ 633 defines nothing; the platform caps at 500 and says so.
  return { value: 500, flags: ['above-scale'] };
}
