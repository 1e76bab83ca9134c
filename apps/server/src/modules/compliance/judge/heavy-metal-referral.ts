import {
  DEFAULT_EMISSION_SETTINGS,
  heavyMetalOf,
  heavyMetalReferral,
  parseDecimal,
  type EmissionSettings,
  type Rational,
  type ReferralFlag,
} from '@ecocloud/standards';
import { at } from './figures';

/**
 * The metal a register pollutant code names. The register writes codes in lower case (`pb`, `hg`, `cr6`),
 * the rules want symbols (`Pb`): a lower-case code is read as its capitalised symbol, except `co`, which is
 * carbon monoxide in the register (cobalt must be written `Co` or 钴).
 */
function metalNameOf(pollutant: string): string | null {
  if (heavyMetalOf(pollutant)) return pollutant;
  if (pollutant === 'co' || pollutant !== pollutant.toLowerCase()) return null;
  const symbol = pollutant.charAt(0).toUpperCase() + pollutant.slice(1);
  return heavyMetalOf(symbol) ? symbol : null;
}

/**
 * The referral flag of an exceeding value of a heavy metal (法释〔2023〕7号 §1(3)(4), heavyMetalReferral):
 * null when the pollutant is no heavy metal or the value stays below the threshold.
 */
export function referralOf(
  pollutant: string,
  value: Rational,
  limit: number,
  settings: EmissionSettings = DEFAULT_EMISSION_SETTINGS,
): ReferralFlag | null {
  const name = metalNameOf(pollutant);
  if (!name) return null;
  const flag = heavyMetalReferral(name, value, parseDecimal(limit), settings);
  return flag?.referral ? flag : null;
}

/** The figures behind a referral lead: what a person checks before passing it on. */
export function referralEvidence(
  flag: ReferralFlag,
  o: { basis: 'hour' | 'day'; at: string; value: Rational; limit: number },
  settings: EmissionSettings = DEFAULT_EMISSION_SETTINGS,
): Record<string, unknown> {
  return {
    basis: o.basis,
    at: o.at,
    metal: flag.metal,
    value: at(o.value, 3),
    limit: o.limit,
    ratio: at(flag.measure, 2),
    referralBasis: settings.referralBasis,
    threshold: flag.threshold,
    citation: flag.citation,
  };
}
