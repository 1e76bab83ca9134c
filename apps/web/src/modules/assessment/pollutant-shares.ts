import {
  cmp,
  compositeIndex,
  COMPOSITE_DIVISORS,
  div,
  fromInt,
  mul,
  roundHalfEven,
  toFixedExact,
  type AirLimitsId,
  type Pollutant,
} from '@ecocloud/standards';
import type { CityEvaluation } from './types';

/** One pollutant's single index I_i = C_i / S_i and its share of the composite index, for the "why" of a ranking. */
export type PollutantShare = { pollutant: Pollutant; index: string; sharePct: string };

const DISPLAY_ORDER: readonly Pollutant[] = ['pm2_5', 'pm10', 'o3', 'no2', 'so2', 'co'];

function isLimitsId(id: string): id is AirLimitsId {
  return Object.hasOwn(COMPOSITE_DIVISORS, id);
}

/**
 * Each pollutant's part of a city's composite index, largest first: I_i = C_i / S_i (the divisors
 * of `limitsStandard`, as the server used, HJ 663 / reference §3.3) and share = I_i / Σ I × 100,
 * in exact rationals, rounded half to even (index to 2 decimals, share to 1). The concentrations are
 * the period statistics the server published (means; CO 24-h p95; O3 8-h p90). Null when a
 * statistic is missing or the standard is unknown, since a partial sum would mislead.
 */
export function pollutantShares(stats: CityEvaluation['stats'], limitsStandard: string): PollutantShare[] | null {
  if (!isLimitsId(limitsStandard)) return null;
  const c = {
    so2: stats.so2,
    no2: stats.no2,
    pm10: stats.pm10,
    pm2_5: stats.pm2_5,
    co: stats.co_p95,
    o3: stats.o3_8h_p90,
  };
  if (Object.values(c).some((v) => v === null)) return null;
  const result = compositeIndex(c as Record<Pollutant, number>, { limits: limitsStandard });
  if (result.index.n === 0n) return null;
  const shares = DISPLAY_ORDER.map((p) => ({
    pollutant: p,
    part: result.parts[p],
    index: toFixedExact(roundHalfEven(result.parts[p], 2), 2),
    sharePct: toFixedExact(roundHalfEven(mul(div(result.parts[p], result.index), fromInt(100)), 1), 1),
  }));
  shares.sort((a, b) => cmp(b.part, a.part)); // exact comparison: equal parts keep the display order
  return shares.map(({ pollutant, index, sharePct }) => ({ pollutant, index, sharePct }));
}
