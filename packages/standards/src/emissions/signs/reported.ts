import { cmp, mul, sub, toDecimalString, type Rational } from '../../exact';
import { SIGN_ACTS } from './defaults';
import { hourRuns } from './operation';
import type { Sign, SignSettings } from './types';

export interface HourValue {
  readonly hourStart: number;
  readonly value: Rational | null;
}

const abs = (r: Rational): Rational => (r.n < 0n ? { n: -r.n, d: r.d } : r);

/**
 * The hourly value the logger sent (HJ 212 CN=2061 `-Avg`, or the converted `-ZsAvg`) against the one
 * computed from its own minutes: hours where |sent − computed| > max(absolute, relative × |computed|)
 * (the absolute part covers the logger's 2-decimal rounding, N14.2), grouped into runs. Hours missing
 * on either side are not compared.
 */
export function detectReportedMismatch(
  kind: 'reported_hourly_mismatch' | 'reported_converted_mismatch',
  pollutant: string,
  reported: readonly HourValue[],
  computed: readonly HourValue[],
  s: SignSettings,
): Sign[] {
  const ours = new Map(computed.filter((h) => h.value !== null).map((h) => [h.hourStart, h.value as Rational]));
  const diffs = new Map<number, string>();
  for (const r of reported) {
    const c = ours.get(r.hourStart);
    if (!c || !r.value) continue;
    const relative = mul(abs(c), s.reportedRelativeTolerance);
    const tolerance = cmp(relative, s.reportedAbsoluteTolerance) > 0 ? relative : s.reportedAbsoluteTolerance;
    if (cmp(abs(sub(r.value, c)), tolerance) > 0)
      diffs.set(r.hourStart, `${toDecimalString(r.value)} vs ${toDecimalString(c)}`);
  }
  return hourRuns([...diffs.keys()]).map((run) => ({
    kind,
    pollutant,
    from: run.from,
    to: run.to,
    evidence: `${run.starts.length} h where the sent value differs from the minutes (sent vs computed: ${run.starts
      .slice(0, 3)
      .map((t) => diffs.get(t))
      .join('; ')}${run.starts.length > 3 ? '; …' : ''})`,
    act: SIGN_ACTS.reported,
  }));
}
