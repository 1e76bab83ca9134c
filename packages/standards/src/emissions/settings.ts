/**
 * The emission-judgement rule set, as data. Every number cites its clause (regulation.md §2.2);
 * settings marked ⚠ are engineering choices or unverified and must stay configurable.
 */
export const EMISSION_RULES_VERSION = 'emissions-2026.1';

export type O2ConversionBasis = 'hourly' | 'minute';
export type ReferralBasis = 'ratio' | 'multiple';

export interface EmissionSettings {
  readonly version: string;
  /** HJ 76-2017 App. B (☑): a valid hourly mean needs ≥ 45 valid minutes of the clock hour. */
  readonly minValidMinutesPerHour: number;
  /** HJ 76-2017 App. B (☑): a valid daily value needs ≥ 20 valid hours. */
  readonly minValidHoursPerDay: number;
  /** HJ 76-2017 App. B (☑): a valid monthly value needs ≥ 25 valid days … */
  readonly minValidDaysPerMonth: number;
  /** … and ≥ 23 in February. */
  readonly minValidDaysInFebruary: number;
  /**
   * ⚠ Where 折算 is applied. `hourly` (default): the hourly mean concentration with the hourly mean O2 of
   * the same valid minutes' hour, as the CEMS alarm on the "hourly converted concentration" reads (HJ 76
   * App. B ☑). `minute`: each minute converted with its own O2, then averaged. Neither is confirmed
   * against the HJ 75-2017 text.
   */
  readonly o2ConversionBasis: O2ConversionBasis;
  /**
   * ⚠ NOx as NO2 from NO: NO × 46/30 (molar masses, rounded) + NO2. HJ 75-2017 practice writes 1.53;
   * regulation.md only says "NOx expressed as NO2" (☑). Kept as a fraction so it stays exact.
   */
  readonly noToNo2Factor: { readonly n: bigint; readonly d: bigint };
  /**
   * ⚠ 法释〔2023〕7号 §1(3)(4) "超过…标准三倍以上/十倍以上". `ratio` (default, as the brief reads it):
   * C / L ≥ 3 (or 10). `multiple`: (C − L) / L ≥ 3 (or 10). The courts' reading was not checked.
   */
  readonly referralBasis: ReferralBasis;
}

export const DEFAULT_EMISSION_SETTINGS: EmissionSettings = {
  version: EMISSION_RULES_VERSION,
  minValidMinutesPerHour: 45,
  minValidHoursPerDay: 20,
  minValidDaysPerMonth: 25,
  minValidDaysInFebruary: 23,
  o2ConversionBasis: 'hourly',
  noToNo2Factor: { n: 46n, d: 30n },
  referralBasis: 'ratio',
};

/** Defaults overridden by the given settings (the version stays the rule set's). */
export function emissionSettings(overrides: Partial<EmissionSettings> = {}): EmissionSettings {
  return { ...DEFAULT_EMISSION_SETTINGS, ...overrides };
}
