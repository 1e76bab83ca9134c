import { cmp, fromInt, toDecimalString } from '../../exact';
import { hourRuns } from './operation';
import { SIGN_ACTS } from './defaults';
import { DEFAULT_O2, type OutletHours, type Sign } from './types';

/** O2 minutes outside its physical range (0 ≤ O2 < 21 %), grouped into runs of hours. */
export function detectO2OutOfRange(outlet: OutletHours, o2Code = DEFAULT_O2): Sign[] {
  const hours = outlet.get(o2Code) ?? [];
  const bad = hours.filter(
    (h) => (h.min !== null && cmp(h.min, fromInt(0)) < 0) || (h.max !== null && cmp(h.max, fromInt(21)) >= 0),
  );
  const byStart = new Map(bad.map((h) => [h.hourStart, h]));
  return hourRuns(bad.map((h) => h.hourStart)).map((run) => {
    const extremes = run.starts.flatMap((t) => {
      const h = byStart.get(t);
      return h?.min && h.max ? [toDecimalString(h.min), toDecimalString(h.max)] : [];
    });
    return {
      kind: 'o2_out_of_range' as const,
      pollutant: o2Code,
      from: run.from,
      to: run.to,
      evidence: `${run.starts.length} h with O2 readings outside 0 ≤ O2 < 21 % (min/max ${extremes.join('/')})`,
      act: SIGN_ACTS.o2,
    };
  });
}
