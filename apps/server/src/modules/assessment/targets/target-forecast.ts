/**
 * Year-end forecast of a national assessment target (pure). Two kinds of indicator:
 * - `mean`: an annual mean of daily values (PM2.5 µg/m³): actual = sum / count;
 * - `ratio`: a share of units in percent (good days of valid days; good-class section-months):
 *   actual = 100 · hits / count.
 * The forecast assumes every remaining unit of the year will be valid.
 */
export type ForecastInput = {
  kind: 'mean' | 'ratio';
  direction: 'at_most' | 'at_least';
  target: number;
  /** mean: sum of the valid daily values so far; ratio: units that count as hits so far. */
  sum: number;
  /** Valid units so far. */
  count: number;
  /** Units left until the year ends. */
  remaining: number;
  /** Expected level of the remaining units (mean, or percent for ratio); null = assume this year's level so far. */
  expectedRest: number | null;
};

type ForecastStatus = 'on_track' | 'at_risk' | 'off_track';
type ForecastReason =
  | 'no_data'
  | 'year_over_met'
  | 'year_over_missed'
  | 'already_secured'
  | 'already_lost'
  | 'projected_met'
  | 'narrow_margin'
  | 'projected_short'
  | 'projected_missed';

export type Forecast = {
  actual: number | null;
  /**
   * What the remaining units must average (mean) or reach in percent (ratio) to meet the target:
   * always a reachable figure (a ratio in 0–100, a concentration ≥ 0). null when the target is
   * already lost (no rest can reach it), already secured (any rest will do) or the year is over.
   */
  required: number | null;
  projected: number | null;
  /** The best year-end value still possible (a perfect rest: 0 for "at most", 100 % for a share "at least"); null when unbounded. */
  best: number | null;
  /** When already lost: by how much even the best possible year misses the target (> 0). */
  shortfall: number | null;
  status: ForecastStatus | null;
  reason: ForecastReason;
  /** English summary for logs and the metric registry; pages render `reason` with the figures instead. */
  text: string;
};

/** Relative margins for the status: projected within 2 % of the target is at risk; missing by ≤ 10 % too. */
const AT_RISK_MARGIN = 0.02;
const OFF_TRACK_GAP = 0.1;

const round = (v: number, places = 1) => Math.round(v * 10 ** places) / 10 ** places;

function levelOf(kind: ForecastInput['kind'], sum: number, count: number): number {
  return kind === 'mean' ? sum / count : (100 * sum) / count;
}

/** True when `value` meets the target in the indicator's direction. */
const meets = (direction: ForecastInput['direction'], value: number, target: number): boolean =>
  direction === 'at_most' ? value <= target : value >= target;

/**
 * Progress to date, what the rest of the year must average, the projection and the status with its reason.
 * already_lost: even the best possible rest (0 for a mean or share at most, 100 % for a share at least) misses.
 */
export function forecastTarget(f: ForecastInput): Forecast {
  const none = { required: null, projected: null, best: null, shortfall: null };
  if (f.count === 0)
    return { actual: null, ...none, status: null, reason: 'no_data', text: 'no valid data yet this year' };
  const actual = levelOf(f.kind, f.sum, f.count);
  const total = f.count + f.remaining;
  if (f.remaining === 0) {
    const ok = meets(f.direction, actual, f.target);
    return {
      actual,
      ...none,
      projected: actual,
      best: actual,
      status: ok ? 'on_track' : 'off_track',
      reason: ok ? 'year_over_met' : 'year_over_missed',
      text: ok ? `year over: ${round(actual)} meets ${f.target}` : `year over: ${round(actual)} misses ${f.target}`,
    };
  }
  const neededTotal = f.kind === 'mean' ? f.target * total : (f.target / 100) * total;
  const requiredUnits = (neededTotal - f.sum) / f.remaining;
  // The best level the rest can have, and the year it would give.
  const bestRest = f.direction === 'at_most' ? 0 : f.kind === 'ratio' ? 100 : Infinity;
  const best = Number.isFinite(bestRest)
    ? f.kind === 'mean'
      ? (f.sum + bestRest * f.remaining) / total
      : (100 * f.sum + bestRest * f.remaining) / total
    : null;
  // Lost is judged on the best year itself, not on `required` against the best rest: the two are the
  // same in exact arithmetic, but in floating point only this one guarantees a shortfall above 0.
  if (best !== null && !meets(f.direction, best, f.target)) {
    // Even a perfect rest misses: there is no figure to reach, only the gap that remains.
    const shortfall = Math.abs(best! - f.target);
    return {
      actual,
      required: null,
      projected: null,
      best,
      shortfall,
      status: 'off_track',
      reason: 'already_lost',
      text: `already lost: even a perfect rest of the year gives ${round(best!)}, ${round(shortfall)} short of ${f.target}`,
    };
  }
  // Not lost, so the exact figure is reachable; clamp what floating point may leave a hair outside.
  const reachable = f.kind === 'mean' ? requiredUnits : Math.min(100, 100 * requiredUnits);
  const required = f.direction === 'at_most' ? Math.max(0, reachable) : reachable;
  const expected = f.expectedRest ?? actual;
  const projected =
    f.kind === 'mean' ? (f.sum + expected * f.remaining) / total : (100 * f.sum + expected * f.remaining) / total;
  // A share that no rest can spoil: at least with required ≤ 0 %, at most with required ≥ 100 %.
  if (f.kind === 'ratio' && (f.direction === 'at_least' ? required <= 0 : required >= 100)) {
    return {
      actual,
      required: null,
      projected,
      best,
      shortfall: null,
      status: 'on_track',
      reason: 'already_secured',
      text: 'met whatever the rest of the year brings',
    };
  }
  // A mean "at least" can need any level; a mean "at most" never needs less than 0 here (that is lost above).
  return judged({ actual, required, projected, best, expected, f });
}

function judged({
  actual,
  required,
  projected,
  best,
  expected,
  f,
}: {
  actual: number;
  required: number;
  projected: number;
  best: number | null;
  expected: number;
  f: ForecastInput;
}): Forecast {
  const base = { actual, required, projected, best, shortfall: null };
  const gap =
    (f.direction === 'at_most' ? projected - f.target : f.target - projected) / Math.max(Math.abs(f.target), 1e-9);
  if (gap <= -AT_RISK_MARGIN)
    return {
      ...base,
      status: 'on_track',
      reason: 'projected_met',
      text: `projected ${round(projected)} meets ${f.target}; the rest must average ${round(required)}`,
    };
  if (gap <= 0)
    return {
      ...base,
      status: 'at_risk',
      reason: 'narrow_margin',
      text: `projected ${round(projected)} meets ${f.target} by a narrow margin; the rest must average ${round(required)}`,
    };
  if (gap <= OFF_TRACK_GAP)
    return {
      ...base,
      status: 'at_risk',
      reason: 'projected_short',
      text: `projected ${round(projected)} misses ${f.target} narrowly; the rest must average ${round(required)} (expected ${round(expected)})`,
    };
  return {
    ...base,
    status: 'off_track',
    reason: 'projected_missed',
    text: `projected ${round(projected)} misses ${f.target}; the rest would need ${round(required)} (expected ${round(expected)})`,
  };
}

/**
 * Expected level of the rest of the year: the same months of earlier years, scaled by how this
 * year so far compares with the same dates of those years (trend). Without earlier years: null
 * (the forecast then carries this year's level forward). Ratios are capped to 0-100 by the caller's kind.
 */
export function expectedRest(p: {
  kind: ForecastInput['kind'];
  thisYtd: number | null;
  earlierYtd: number | null;
  earlierRest: number | null;
}): number | null {
  if (p.earlierRest === null) return null;
  const trend = p.thisYtd !== null && p.earlierYtd !== null && p.earlierYtd > 0 ? p.thisYtd / p.earlierYtd : 1;
  const v = p.earlierRest * trend;
  return p.kind === 'ratio' ? Math.min(100, Math.max(0, v)) : Math.max(0, v);
}
