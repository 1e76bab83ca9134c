import type { Rational } from '../../exact';

/**
 * What the sign detectors see of one pollutant in one clock hour: built from the minute values in one
 * pass (the CLI and the stored-data path both fill it), so a detector never needs the minutes again.
 */
export interface HourSummary {
  /** Epoch ms of the clock hour's start. */
  readonly hourStart: number;
  /** Minutes with a valid flag and a value. */
  readonly validMinutes: number;
  /** Mean of the valid minutes (any count ≥ 1; detectors do not need the 45-minute rule). */
  readonly mean: Rational | null;
  /** Smallest and largest valid minute value. */
  readonly min: Rational | null;
  readonly max: Rational | null;
  /** Mean of every minute that carries a value, whatever its flag (a meter still reads under `M`). */
  readonly rawMean: Rational | null;
  /** Minutes whose flag claims the plant or analyser was not measuring (F, M, C, D, 停运 …). */
  readonly notOperatingFlagMinutes: number;
  /** The flags of those minutes, e.g. `M`, `C;F`. */
  readonly notOperatingFlags: string;
  /** Valid minutes with a value ≤ 0. */
  readonly nonPositiveMinutes: number;
  /** The exact sequence of valid minute values (`minute:value` joined), for identical-value tests. */
  readonly fingerprint: string | null;
}

/** One outlet: pollutant code → its hours sorted by start. `flow` (m³/h) and `o2` (%) are pollutants too. */
export type OutletHours = ReadonlyMap<string, readonly HourSummary[]>;

export type SignKind =
  | 'constant'
  | 'o2_constant'
  | 'zero_or_negative'
  | 'identical_values'
  | 'o2_out_of_range'
  | 'flag_while_operating'
  | 'gap_at_high_load'
  | 'reported_hourly_mismatch'
  | 'reported_converted_mismatch'
  | 'cluster_under_limit';

/** A lead for a person, never a penalty: `act` names the act of regulation.md §2.3 it may indicate. */
export interface Sign {
  readonly kind: SignKind;
  readonly pollutant: string;
  readonly from: number;
  /** Epoch ms of the end of the last hour concerned. */
  readonly to: number;
  readonly evidence: string;
  readonly act: string;
}

export interface SignSettings {
  /** ⚠ engineering choice: a flat line must last this many consecutive hours. */
  readonly constantMinHours: number;
  /** ⚠ the flow must vary by more than this share of its mean over a flat run ("while load varies"). */
  readonly flowVariationShare: Rational;
  /** ⚠ an hour is "operating" when the flow's mean exceeds this share of the outlet's median operating flow. */
  readonly operatingFlowShareOfMedian: Rational;
  /** ⚠ identical minute sequences across pollutants must last this many hours. */
  readonly identicalMinHours: number;
  /** ⚠ minutes of an hour flagged not-operating before the hour counts as marked. */
  readonly falseMarkMinMinutes: number;
  /** ⚠ consecutive marked-while-operating hours before a sign. */
  readonly falseMarkMinHours: number;
  /** ⚠ high load = flow at or above this quantile of the operating hours. */
  readonly highLoadQuantile: Rational;
  /** ⚠ gaps at high load: at least this many hours … */
  readonly gapMinHours: number;
  /** … and a gap rate at high load at least this multiple of the rate at other operating hours. */
  readonly gapRateRatio: Rational;
  /** ⚠ a reported hourly value (2061 `-Avg`, `-ZsAvg`) may differ from ours by max(absolute, relative × ours). */
  readonly reportedAbsoluteTolerance: Rational;
  readonly reportedRelativeTolerance: Rational;
  /** ⚠ "just under the limit" = from this share of the limit up to the limit. */
  readonly underLimitBand: Rational;
  /** ⚠ the recent window needs this many valid hours and this share of them in the band … */
  readonly underLimitMinHours: number;
  readonly underLimitMinShare: Rational;
  /** … and at least this multiple of the outlet's own historical share. */
  readonly underLimitShareRatio: Rational;
  /** Minutes that make an hour valid (the same 45 as the judgement). */
  readonly minValidMinutesPerHour: number;
}

export const DEFAULT_FLOW = 'flow';
export const DEFAULT_O2 = 'o2';
export const HOUR_MS = 3_600_000;
