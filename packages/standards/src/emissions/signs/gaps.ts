import { cmp, fromInt, mul, ratio, toFixedExact, type Rational } from '../../exact';
import { operatingHours, quantileOf } from './operation';
import { SIGN_ACTS } from './defaults';
import { DEFAULT_FLOW, type OutletHours, type Sign, type SignSettings } from './types';

/**
 * Gaps that coincide with high load: among the operating hours (by flow), the pollutant's invalid hours
 * (< 45 valid minutes, or none sent) at high load (flow ≥ the `highLoadQuantile` of operating hours)
 * number at least `gapMinHours` and their rate is at least `gapRateRatio` × the rate at other
 * operating hours. A logger that drops everything (flow too) cannot be judged here.
 */
export function detectGapsAtHighLoad(outlet: OutletHours, s: SignSettings, flowCode = DEFAULT_FLOW): Sign[] {
  const operating = operatingHours(outlet.get(flowCode) ?? [], s.operatingFlowShareOfMedian);
  if (operating.size === 0) return [];
  const highBar = quantileOf([...operating.values()], s.highLoadQuantile);
  const signs: Sign[] = [];
  for (const [pollutant, hours] of outlet) {
    if (pollutant === flowCode) continue;
    const validStarts = new Set(
      hours.filter((h) => h.validMinutes >= s.minValidMinutesPerHour).map((h) => h.hourStart),
    );
    let high = 0;
    let other = 0;
    const highGaps: number[] = [];
    let otherGaps = 0;
    for (const [start, flow] of operating) {
      const isHigh = cmp(flow, highBar) >= 0;
      const gap = !validStarts.has(start);
      if (isHigh) high++;
      else other++;
      if (gap && isHigh) highGaps.push(start);
      else if (gap) otherGaps++;
    }
    if (highGaps.length < s.gapMinHours || high === 0) continue;
    const highRate = ratio(BigInt(highGaps.length), BigInt(high));
    const otherRate = other === 0 ? fromInt(0) : ratio(BigInt(otherGaps), BigInt(other));
    if (cmp(highRate, mul(otherRate, s.gapRateRatio)) < 0) continue;
    const sorted = highGaps.sort((a, b) => a - b);
    const pct = (r: Rational): string => toFixedExact(mul(r, fromInt(100)), 1);
    signs.push({
      kind: 'gap_at_high_load',
      pollutant,
      from: sorted[0] as number,
      to: (sorted[sorted.length - 1] as number) + 3_600_000,
      evidence: `${highGaps.length} of ${high} high-load hours invalid (${pct(highRate)} %) vs ${otherGaps} of ${other} other operating hours (${pct(otherRate)} %)`,
      act: SIGN_ACTS.gap,
    });
  }
  return signs;
}
