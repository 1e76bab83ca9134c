import type { Indicator } from './types';

export type IndicatorJudgement = 'attained' | 'not_attained' | 'no_data';

/**
 * Whether the latest value meets the target, by the indicator's direction (README "Status rules"):
 * at_least and reach attain at value ≥ target, at_most and eliminate at value ≤ target.
 * The server's finer "behind / on track" needs the time line; the page shows that through the chart.
 */
export function judgeIndicator(indicator: Pick<Indicator, 'direction' | 'target' | 'latest'>): IndicatorJudgement {
  const value = indicator.latest?.value;
  if (value === null || value === undefined) return 'no_data';
  const attained =
    indicator.direction === 'at_least' || indicator.direction === 'reach'
      ? value >= indicator.target
      : value <= indicator.target;
  return attained ? 'attained' : 'not_attained';
}
