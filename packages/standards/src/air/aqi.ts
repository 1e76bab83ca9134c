import type { DecimalInput } from '../exact';
import type { AqiStandardId } from '../registry';
import { POLLUTANTS, pollutantOf, type Indicator, type Pollutant } from './aqi-tables';
import { iaqi, type IaqiResult } from './iaqi';
import { aqiLevel, type AqiLevelInfo } from './levels';

/**
 * - `daily`: the daily report (日报) indicator set of the version (reference §1.3).
 * - `realtime`: the real-time report (实时报) set as the version's text defines it.
 * - `published`: what the national real-time feed publishes (reference §1.6): the six 1-hour values,
 *   PM on the 24-hour column, no O3 8 h — the 2026 real-time method, usable with 2012 breakpoints.
 */
export type AqiMode = 'daily' | 'realtime' | 'published';

const PUBLISHED: readonly Indicator[] = ['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'pm10_1h', 'pm2_5_1h'];

/** Indicators each version and mode counts (HJ 633-2012 §5.1, tables 3/4; HJ 633-2026 §4.2.2-4.2.5). */
export const INDICATOR_SETS: Record<AqiStandardId, Record<AqiMode, readonly Indicator[]>> = {
  'HJ633-2012': {
    daily: ['so2_24h', 'no2_24h', 'co_24h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm2_5_24h'],
    realtime: ['so2_1h', 'no2_1h', 'co_1h', 'o3_1h', 'o3_8h', 'pm10_24h', 'pm2_5_24h'],
    published: PUBLISHED,
  },
  'HJ633-2026': {
    daily: ['so2_24h', 'no2_24h', 'co_24h', 'o3_8h', 'pm10_24h', 'pm2_5_24h'],
    realtime: PUBLISHED,
    published: PUBLISHED,
  },
};

/**
 * Concentrations by indicator (µg/m³, CO mg/m³). A key that is absent means "not given / not in the
 * monitoring plan" (HJ 633-2026 §5.3.2 `/`) and is not counted; `null` or `''` means missing (NA).
 */
export type AqiInput = Partial<Record<Indicator, DecimalInput | null>>;

export interface AqiOptions {
  standard: AqiStandardId;
  mode: AqiMode;
  /** Passed to iaqi(); default per version (2026 rounds, 2012 does not). */
  roundConcentration?: boolean;
}

export interface IndicatorResult extends IaqiResult {
  /** Set when another indicator stood in (2012: SO2 1 h > 800 → SO2 24 h). */
  substitutedBy?: Indicator;
}

export interface AqiResult {
  standard: AqiStandardId;
  mode: AqiMode;
  /** The AQI to publish, or null (NA) under the version's missing-data rule. */
  aqi: number | null;
  /** Maximum over the sub-indices available, whatever the missing-data rule says. */
  maxAvailable: number | null;
  level: AqiLevelInfo | null;
  /** Pollutants with the largest IAQI when AQI > 50; ties list all (§4.3.1 / 2012 §7.2). */
  primaryPollutants: Pollutant[];
  /** HJ 633-2012 only: pollutants with IAQI > 100. Null under 2026 (definition deleted). */
  exceedingPollutants: Pollutant[] | null;
  indicators: Partial<Record<Indicator, IndicatorResult>>;
  /** Counted IAQI per pollutant (the largest of its indicators). */
  pollutants: Partial<Record<Pollutant, number>>;
  /** Counted indicators that were given but missing or invalid. */
  missing: Indicator[];
}

const isBlank = (v: DecimalInput | null | undefined): boolean =>
  v === null || (typeof v === 'string' && v.trim() === '');

function evaluateIndicator(ind: Indicator, input: AqiInput, opts: AqiOptions): IndicatorResult | 'missing' {
  const raw = input[ind];
  if (isBlank(raw)) return 'missing';
  const r: IndicatorResult = iaqi(ind, raw, opts);
  if (r.value !== null) return r;
  if (r.flags.includes('so2-1h-over-800')) {
    // HJ 633-2012 table 1 note: report the SO2 IAQI from the 24-hour mean instead.
    const sub = isBlank(input.so2_24h) ? null : iaqi('so2_24h', input.so2_24h, opts);
    return sub?.value == null ? 'missing' : { ...r, value: sub.value, substitutedBy: 'so2_24h' };
  }
  // 2012, O3 8 h > 800: the O3 IAQI comes from the 1-hour value, which both 2012 sets count already.
  if (r.flags.includes('o3-8h-over-800')) return r;
  return 'missing';
}

/**
 * AQI of one station or city and one period (HJ 633-2012 §5-§7; HJ 633-2026 §4-§5):
 * the maximum IAQI over the indicators the mode counts, level, primary and (2012) exceeding pollutants.
 * Missing data: 2012 marks AQI NA when a counted indicator is missing; 2026 computes it from the
 * remaining pollutants and publishes it only when it exceeds 100 (§5.3.1).
 */
export function computeAqi(input: AqiInput, opts: AqiOptions): AqiResult {
  const indicators: Partial<Record<Indicator, IndicatorResult>> = {};
  const pollutants: Partial<Record<Pollutant, number>> = {};
  const missing: Indicator[] = [];
  for (const ind of INDICATOR_SETS[opts.standard][opts.mode]) {
    if (input[ind] === undefined) continue;
    const r = evaluateIndicator(ind, input, opts);
    if (r === 'missing') {
      missing.push(ind);
      continue;
    }
    indicators[ind] = r;
    const p = pollutantOf(ind);
    if (r.value !== null) pollutants[p] = Math.max(pollutants[p] ?? 0, r.value);
  }
  const values = Object.values(pollutants);
  const maxAvailable = values.length > 0 ? Math.max(...values) : null;
  let aqi = maxAvailable;
  if (opts.standard === 'HJ633-2012' && missing.length > 0) aqi = null;
  if (opts.standard === 'HJ633-2026' && missing.length > 0 && (aqi === null || aqi <= 100)) aqi = null;
  const primaryPollutants = aqi !== null && aqi > 50 ? POLLUTANTS.filter((p) => pollutants[p] === aqi) : [];
  const exceedingPollutants =
    opts.standard === 'HJ633-2012' ? POLLUTANTS.filter((p) => (pollutants[p] ?? 0) > 100) : null;
  return {
    standard: opts.standard,
    mode: opts.mode,
    aqi,
    maxAvailable,
    level: aqi === null ? null : aqiLevel(aqi),
    primaryPollutants,
    exceedingPollutants,
    indicators,
    pollutants,
    missing,
  };
}
