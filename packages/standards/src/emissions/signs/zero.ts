import { operatingHours, hourRuns } from './operation';
import { SIGN_ACTS } from './defaults';
import { DEFAULT_FLOW, DEFAULT_O2, type OutletHours, type Sign, type SignSettings } from './types';

/**
 * Zero or negative concentrations while the flow shows operation: hours in which at least half of the
 * valid minutes are ≤ 0 and the flow is above the operating threshold. O2 and flow are not checked here.
 */
export function detectZeroWhileOperating(outlet: OutletHours, s: SignSettings, flowCode = DEFAULT_FLOW): Sign[] {
  const operating = operatingHours(outlet.get(flowCode) ?? [], s.operatingFlowShareOfMedian);
  const signs: Sign[] = [];
  for (const [pollutant, hours] of outlet) {
    if (pollutant === flowCode || pollutant === DEFAULT_O2) continue;
    const starts = hours
      .filter((h) => h.validMinutes > 0 && 2 * h.nonPositiveMinutes >= h.validMinutes && operating.has(h.hourStart))
      .map((h) => h.hourStart);
    for (const run of hourRuns(starts)) {
      signs.push({
        kind: 'zero_or_negative',
        pollutant,
        from: run.from,
        to: run.to,
        evidence: `${run.starts.length} h with most valid minutes ≤ 0 while the flow showed operation`,
        act: SIGN_ACTS.zero,
      });
    }
  }
  return signs;
}
