import { cmp, toDecimalString, type Rational } from '../../exact';
import { hourRuns, varies } from './operation';
import { SIGN_ACTS } from './defaults';
import { DEFAULT_FLOW, DEFAULT_O2, type HourSummary, type OutletHours, type Sign, type SignSettings } from './types';

/** A flat hour: at least two valid minutes and no spread between them (a real analyser is noisy). */
const isFlat = (h: HourSummary): boolean =>
  h.validMinutes >= 2 && h.min !== null && h.max !== null && cmp(h.min, h.max) === 0;

/**
 * Variance collapse: ≥ `constantMinHours` consecutive flat hours of one pollutant while the flow over the
 * same hours varies (the load changed, the reading did not). O2 gives `o2_constant`, others `constant`.
 */
export function detectConstantValues(outlet: OutletHours, s: SignSettings, flowCode = DEFAULT_FLOW): Sign[] {
  const flowByHour = new Map((outlet.get(flowCode) ?? []).map((h) => [h.hourStart, h]));
  const signs: Sign[] = [];
  for (const [pollutant, hours] of outlet) {
    if (pollutant === flowCode) continue;
    const flatStarts = hours.filter(isFlat).map((h) => h.hourStart);
    const byStart = new Map(hours.map((h) => [h.hourStart, h]));
    for (const run of hourRuns(flatStarts, s.constantMinHours)) {
      const flowMinutes: Rational[] = [];
      for (const start of run.starts) {
        const f = flowByHour.get(start);
        if (f?.min) flowMinutes.push(f.min);
        if (f?.max) flowMinutes.push(f.max);
      }
      if (!varies(flowMinutes, s.flowVariationShare)) continue;
      const values = [...new Set(run.starts.map((t) => toDecimalString(byStart.get(t)?.min as Rational)))];
      const flows = flowMinutes.map(toDecimalString).sort((a, b) => Number(a) - Number(b));
      signs.push({
        kind: pollutant === DEFAULT_O2 ? 'o2_constant' : 'constant',
        pollutant,
        from: run.from,
        to: run.to,
        evidence: `${run.starts.length} h with no minute-to-minute change (value ${values.join('/')}) while flow ranged ${flows[0]}–${flows[flows.length - 1]} m³/h`,
        act: pollutant === DEFAULT_O2 ? SIGN_ACTS.o2 : SIGN_ACTS.constant,
      });
    }
  }
  return signs;
}
