import { cmp, fromInt, parseDecimal, sub, type DecimalInput, type Rational } from '../exact';

/** GB 3096-2008 acoustic environment functional zones. */
export type NoiseZone = '0' | '1' | '2' | '3' | '4a' | '4b';
export type NoisePeriod = 'day' | 'night';

// Reference §5.2 (☑), Leq dB(A).
const LIMITS: Record<NoiseZone, { day: number; night: number }> = {
  '0': { day: 50, night: 40 },
  '1': { day: 55, night: 45 },
  '2': { day: 60, night: 50 },
  '3': { day: 65, night: 55 },
  '4a': { day: 70, night: 55 },
  '4b': { day: 70, night: 60 },
};

/** Equivalent continuous A-weighted sound level limit, dB(A) (GB 3096-2008 表1). */
export const noiseLimit = (zone: NoiseZone, period: NoisePeriod): number => LIMITS[zone][period];

/**
 * Day 06:00-22:00, night 22:00-06:00 (GB 3096-2008 §3.4 ⚠; local governments may shift them).
 * @param localHour hour of day 0-23 in local time
 */
export const noisePeriodOf = (localHour: number): NoisePeriod => (localHour >= 6 && localHour < 22 ? 'day' : 'night');

export interface NoiseCompliance {
  limit: number;
  isCompliant: boolean;
  /** Leq − limit in dB when above the limit, else null. */
  exceedance: Rational | null;
}

/** Compliance of a measured Leq (dB(A)) with its zone and period limit: compliant when Leq ≤ limit. */
export function noiseCompliance(zone: NoiseZone, period: NoisePeriod, leq: DecimalInput): NoiseCompliance {
  const limit = noiseLimit(zone, period);
  const v = parseDecimal(leq);
  const over = cmp(v, fromInt(limit)) > 0;
  return { limit, isCompliant: !over, exceedance: over ? sub(v, fromInt(limit)) : null };
}

/**
 * Night-time sudden noise: Lmax may exceed the night limit by at most 15 dB(A) (§5.4 ⚠ background).
 */
export function nightMaxCompliance(zone: NoiseZone, lmax: DecimalInput): boolean {
  return cmp(parseDecimal(lmax), fromInt(noiseLimit(zone, 'night') + 15)) <= 0;
}
