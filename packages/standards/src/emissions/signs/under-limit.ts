import { cmp, mul, ratio, toFixedExact, fromInt, type Rational } from '../../exact';
import { SIGN_ACTS } from './defaults';
import type { HourValue } from './reported';
import type { Sign, SignSettings } from './types';

/**
 * Converted hourly values clustering just under the limit, against the outlet's own history: in the
 * recent window (hours from `recentFrom`), at least `underLimitMinShare` of ≥ `underLimitMinHours`
 * valid hours lie in [band × L, L], and that share is ≥ `underLimitShareRatio` × the share in the
 * earlier hours (which also need ≥ `underLimitMinHours`). A lead for a person: a plant run close to
 * its limit is legal; the change in shape is what to look at.
 */
export function detectClusterUnderLimit(
  pollutant: string,
  hours: readonly HourValue[],
  limit: Rational,
  recentFrom: number,
  s: SignSettings,
): Sign[] {
  const low = mul(limit, s.underLimitBand);
  const inBand = (v: Rational): boolean => cmp(v, low) >= 0 && cmp(v, limit) <= 0;
  const valid = hours.filter((h): h is { hourStart: number; value: Rational } => h.value !== null);
  const recent = valid.filter((h) => h.hourStart >= recentFrom);
  const history = valid.filter((h) => h.hourStart < recentFrom);
  if (recent.length < s.underLimitMinHours || history.length < s.underLimitMinHours) return [];
  const recentShare = ratio(BigInt(recent.filter((h) => inBand(h.value)).length), BigInt(recent.length));
  const historyShare = ratio(BigInt(history.filter((h) => inBand(h.value)).length), BigInt(history.length));
  if (cmp(recentShare, s.underLimitMinShare) < 0) return [];
  if (cmp(recentShare, mul(historyShare, s.underLimitShareRatio)) < 0) return [];
  const pct = (r: Rational): string => toFixedExact(mul(r, fromInt(100)), 1);
  const starts = recent.map((h) => h.hourStart).sort((a, b) => a - b);
  return [
    {
      kind: 'cluster_under_limit',
      pollutant,
      from: starts[0] as number,
      to: (starts[starts.length - 1] as number) + 3_600_000,
      evidence: `${pct(recentShare)} % of ${recent.length} recent valid hours within ${pct(s.underLimitBand)}–100 % of the limit vs ${pct(historyShare)} % of ${history.length} earlier hours`,
      act: SIGN_ACTS.underLimit,
    },
  ];
}
