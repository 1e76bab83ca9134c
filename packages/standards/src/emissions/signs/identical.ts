import { hourRuns } from './operation';
import { SIGN_ACTS } from './defaults';
import { DEFAULT_FLOW, type OutletHours, type Sign, type SignSettings } from './types';

/**
 * Identical minute sequences across different pollutants of an outlet for ≥ `identicalMinHours`
 * consecutive hours (each hour needs ≥ 45 valid minutes: a few equal zeros are not a sign).
 * `pollutant` names the pair as `a=b`. ⚠ Across outlets is not implemented yet.
 */
export function detectIdenticalAcrossPollutants(outlet: OutletHours, s: SignSettings, flowCode = DEFAULT_FLOW): Sign[] {
  const pairs = new Map<string, number[]>();
  const byHour = new Map<number, { pollutant: string; fingerprint: string }[]>();
  for (const [pollutant, hours] of outlet) {
    if (pollutant === flowCode) continue;
    for (const h of hours) {
      if (h.fingerprint === null || h.validMinutes < s.minValidMinutesPerHour) continue;
      const list = byHour.get(h.hourStart) ?? [];
      list.push({ pollutant, fingerprint: h.fingerprint });
      byHour.set(h.hourStart, list);
    }
  }
  for (const [start, list] of byHour) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as { pollutant: string; fingerprint: string };
        const b = list[j] as { pollutant: string; fingerprint: string };
        if (a.fingerprint !== b.fingerprint) continue;
        const key = [a.pollutant, b.pollutant].sort().join('=');
        const starts = pairs.get(key) ?? [];
        starts.push(start);
        pairs.set(key, starts);
      }
  }
  const signs: Sign[] = [];
  for (const [pair, starts] of pairs)
    for (const run of hourRuns(starts, s.identicalMinHours))
      signs.push({
        kind: 'identical_values',
        pollutant: pair,
        from: run.from,
        to: run.to,
        evidence: `${run.starts.length} h in which ${pair.replace('=', ' and ')} sent the same value every minute`,
        act: SIGN_ACTS.identical,
      });
  return signs;
}
