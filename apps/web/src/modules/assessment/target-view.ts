import type { TargetProgress } from './types';

/** How far the year has gone, 0–100: elapsed days over the days of the year (time, not the target). */
export function yearElapsedPercent(target: Pick<TargetProgress, 'daysElapsed' | 'daysInYear'>): number {
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

/**
 * Progress toward the target, 0–100, from the value to date: 100 when it already meets the target;
 * otherwise how close it is (at least: value ÷ target; at most: target ÷ value). null without a value.
 */
export function targetAttainmentPercent(
  target: Pick<TargetProgress, 'actual' | 'targetValue' | 'direction'>,
): number | null {
  const { actual, targetValue: goal } = target;
  if (actual === null) return null;
  const met = target.direction === 'at_most' ? actual <= goal : actual >= goal;
  if (met) return 100;
  const share = target.direction === 'at_most' ? goal / actual : actual / goal;
  return Math.min(100, Math.max(0, Math.floor(share * 100)));
}

/** A figure with its unit ("95.2%", "31.4 µg/m³"); — when absent. */
export function targetFigure(value: number | null, unit: string): string {
  return value === null ? '—' : `${value}${unit === '%' ? '%' : ` ${unit}`}`;
}

/** The i18n key and values that word a target's reason code in the reader's language. */
export function targetReasonMessage(target: TargetProgress): { key: string; values: Record<string, string> } {
  const f = (v: number | null) => targetFigure(v, target.unit);
  return {
    key: `assessment.targets.reasons.${target.reason}`,
    values: {
      actual: f(target.actual),
      target: f(target.targetValue),
      required: f(target.requiredForRest),
      projected: f(target.projected),
      best: f(target.bestAchievable),
      shortfall: f(target.shortfall),
    },
  };
}
