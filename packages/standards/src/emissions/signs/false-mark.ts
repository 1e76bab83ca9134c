import { operatingHours, hourRuns } from './operation';
import { SIGN_ACTS } from './defaults';
import { DEFAULT_FLOW, type OutletHours, type Sign, type SignSettings } from './types';

/**
 * Stop, maintenance, calibration or fault flags while the flow shows operation (a possible false mark,
 * 条例 §25; "工况标记与排放数据逻辑一致性"): ≥ `falseMarkMinMinutes` flagged minutes in each of
 * ≥ `falseMarkMinHours` consecutive operating hours. Short daily calibrations stay below the bar.
 */
export function detectFlagsWhileOperating(outlet: OutletHours, s: SignSettings, flowCode = DEFAULT_FLOW): Sign[] {
  const operating = operatingHours(outlet.get(flowCode) ?? [], s.operatingFlowShareOfMedian);
  const signs: Sign[] = [];
  for (const [pollutant, hours] of outlet) {
    if (pollutant === flowCode) continue;
    const marked = hours.filter(
      (h) => h.notOperatingFlagMinutes >= s.falseMarkMinMinutes && operating.has(h.hourStart),
    );
    const flagsByStart = new Map(marked.map((h) => [h.hourStart, h.notOperatingFlags]));
    for (const run of hourRuns(
      marked.map((h) => h.hourStart),
      s.falseMarkMinHours,
    )) {
      const flags = [...new Set(run.starts.flatMap((t) => (flagsByStart.get(t) ?? '').split(';')))].filter(Boolean);
      signs.push({
        kind: 'flag_while_operating',
        pollutant,
        from: run.from,
        to: run.to,
        evidence: `${run.starts.length} h marked ${flags.join('/')} while the flow showed operation`,
        act: SIGN_ACTS.falseMark,
      });
    }
  }
  return signs;
}
