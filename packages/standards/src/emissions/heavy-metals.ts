import { cmp, div, fromInt, sub, type Rational } from '../exact';
import { DEFAULT_EMISSION_SETTINGS, type EmissionSettings } from './settings';

/**
 * 两高解释 法释〔2023〕7号 §1(3)(4) (✅ regulation.md §2.3): discharging Pb, Hg, Cd, Cr, As, Tl, Sb above
 * the standard by three times or more, or Ni, Cu, Zn, Ag, V, Mn, Co by ten times or more, is
 * "严重污染环境". A flag for possible criminal referral: a lead for a person, never a finding.
 */
export const HEAVY_METAL_REFERRAL_THRESHOLDS: Readonly<Record<string, 3 | 10>> = {
  Pb: 3,
  Hg: 3,
  Cd: 3,
  Cr: 3,
  As: 3,
  Tl: 3,
  Sb: 3,
  Ni: 10,
  Cu: 10,
  Zn: 10,
  Ag: 10,
  V: 10,
  Mn: 10,
  Co: 10,
};

export const HEAVY_METAL_CITATION = '法释〔2023〕7号 §1(3)(4)';

export interface ReferralFlag {
  readonly metal: string;
  readonly threshold: 3 | 10;
  /** C / L or (C − L) / L as `referralBasis` says. */
  readonly measure: Rational;
  readonly referral: boolean;
  readonly citation: string;
}

/**
 * The metal symbol a pollutant name stands for (`Pb`, `Cr6` → Cr, `总铅`…), or null. Symbols are
 * case-sensitive on purpose: `CO` is carbon monoxide, `Co` cobalt.
 */
export function heavyMetalOf(pollutant: string): string | null {
  const t = pollutant.trim();
  const named = CHINESE_NAMES[t.replace(/^总/, '').replace(/^六价/, '')];
  if (named) return named;
  const m = /^([A-Z][a-z]?)\d*\+?$/.exec(t);
  return m && (m[1] as string) in HEAVY_METAL_REFERRAL_THRESHOLDS ? (m[1] as string) : null;
}

const CHINESE_NAMES: Readonly<Record<string, string>> = {
  铅: 'Pb',
  汞: 'Hg',
  镉: 'Cd',
  铬: 'Cr',
  砷: 'As',
  铊: 'Tl',
  锑: 'Sb',
  镍: 'Ni',
  铜: 'Cu',
  锌: 'Zn',
  银: 'Ag',
  钒: 'V',
  锰: 'Mn',
  钴: 'Co',
};

/**
 * Example: Pb limit 0.5, C = 1.5 → ratio 3 → referral (≥ 3 includes 3: "以上" includes the number,
 * 刑法 §99); under `multiple` basis (1.5 − 0.5)/0.5 = 2 → no referral.
 */
export function heavyMetalReferral(
  pollutant: string,
  value: Rational,
  limit: Rational,
  s: EmissionSettings = DEFAULT_EMISSION_SETTINGS,
): ReferralFlag | null {
  const metal = heavyMetalOf(pollutant);
  if (!metal || limit.n <= 0n) return null;
  const threshold = HEAVY_METAL_REFERRAL_THRESHOLDS[metal] as 3 | 10;
  const measure = s.referralBasis === 'ratio' ? div(value, limit) : div(sub(value, limit), limit);
  return { metal, threshold, measure, referral: cmp(measure, fromInt(threshold)) >= 0, citation: HEAVY_METAL_CITATION };
}
