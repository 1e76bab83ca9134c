import type { TargetProgress } from './types';

/**
 * How far the year has gone, 0–100, for the card's progress bar: elapsed days over the days of the
 * year (the forecast's own units). The bar shows time, the status colour shows the verdict.
 */
export function targetProgressPercent(target: Pick<TargetProgress, 'daysElapsed' | 'daysInYear'>): number {
  if (target.daysInYear <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((target.daysElapsed / target.daysInYear) * 100)));
}

const STATUS_ORDER = { off_track: 0, at_risk: 1, on_track: 2 } as const;

/** Off track first, then at risk, then on track, then without a verdict; region code breaks ties. */
export function sortByConcern(targets: readonly TargetProgress[]): TargetProgress[] {
  return [...targets].sort(
    (a, b) =>
      (a.status ? STATUS_ORDER[a.status] : 3) - (b.status ? STATUS_ORDER[b.status] : 3) ||
      a.regionCode.localeCompare(b.regionCode) ||
      a.indicator.localeCompare(b.indicator),
  );
}
