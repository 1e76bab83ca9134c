import { regionPrefix } from '../../../platform/regions';
import type { SpecialPeriodRow } from './special-periods.repository';

/** A period declared for a region covers an enterprise of that region or below it (code prefix, 450000 → 45…). */
export const periodCovers = (periodRegion: string, enterpriseRegion: string): boolean =>
  enterpriseRegion.startsWith(regionPrefix(periodRegion));

/**
 * The names of the periods in force for the hour starting at `hourStartMs`: the hour's start lies in
 * [start, end) (⚠ a period starting mid-hour applies from the next hour; declarations start on the hour).
 */
export function periodsInForceAt(periods: readonly SpecialPeriodRow[], hourStartMs: number): Set<string> {
  const iso = new Date(hourStartMs).toISOString();
  return new Set(periods.filter((p) => p.start <= iso && iso < p.end).map((p) => p.name));
}
