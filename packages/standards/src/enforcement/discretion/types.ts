import type { ViolationType } from '../legal-bases';

/**
 * A discretion benchmark (裁量基准) as data (regulation.md §3.5). Weight-accumulation mode: the start
 * weight plus one grade per factor, the sum (≤ 100 %) times the statutory maximum of the chosen basis,
 * clamped to the statutory range; a table may carry its own floor ("sum < 20 % → 20 %").
 */

/** How a jurisdiction reads its boundary words: Guangdong 以上 includes and 以下 excludes the number (§23). */
export interface BoundaryWords {
  readonly above: 'inclusive' | 'exclusive';
  readonly below: 'inclusive' | 'exclusive';
}

/**
 * A numeric bound as the benchmark words it: 以上 / 以下 (read through the jurisdiction's BoundaryWords),
 * or an explicit comparison where the text writes one (pH "≤ 2").
 */
export type Bound = { readonly at: number; readonly word: '以上' | '以下' | 'gt' | 'ge' | 'lt' | 'le' };

/** One grade of a factor: matched on one input column, by value list or numeric bounds. */
export interface Grade {
  readonly label: string;
  /** Percentage points added to the sum. */
  readonly weight: number;
  /** The input column this grade reads (defaults to the factor's). */
  readonly input?: string;
  /** Matches when the input equals one of these (text inputs). */
  readonly oneOf?: readonly string[];
  /** Matches when the numeric input lies within every bound (numeric inputs). */
  readonly bounds?: readonly Bound[];
}

export interface Factor {
  readonly key: string;
  readonly label: string;
  /** The input column (pollutant_count, pollutant_class, area, daily_volume_t, exceed_multiple, repeats_2y …). */
  readonly input: string;
  /** A value matching no grade, or an absent value, takes the lowest grade (Guangdong §5–6). */
  readonly grades: readonly Grade[];
}

export interface DiscretionTable {
  /** Region code of the jurisdiction, e.g. 440000. */
  readonly jurisdiction: string;
  /** Its number in the published benchmark, e.g. 2.7.1. */
  readonly id: string;
  readonly name: string;
  readonly violations: readonly ViolationType[];
  /** The basis the table was written for (before the Code); informative. */
  readonly writtenFor: string;
  readonly startWeight: number;
  readonly factors: readonly Factor[];
  /** A sum below this (percent) is raised to it; null: none. */
  readonly floorPercent: number | null;
  /** Days (inclusive) on which decisions use this version. */
  readonly from: string;
  readonly to: string | null;
  readonly verified: boolean;
  readonly source: string;
}

/** No-penalty list entry (不予处罚清单): every condition must hold. */
export interface NoPenaltyRule {
  readonly id: string;
  readonly text: string;
  readonly violations: readonly ViolationType[];
  readonly conditions: readonly Grade[];
}

export interface Jurisdiction {
  readonly code: string;
  readonly name: string;
  readonly boundaryWords: BoundaryWords;
  readonly tables: readonly DiscretionTable[];
  readonly noPenalty: readonly NoPenaltyRule[];
}
