import { add, cmp, div, fromInt, toDecimalString, type Rational } from '../../exact';
import { flagRule, isValidMinuteFlag, type FlagRule } from '../flags';
import type { MinuteValue } from '../hourly';
import type { HourSummary } from './types';

/** One pass over an hour's minutes (index = minute of the hour) → what the detectors need. */
export function summariseHour(
  hourStart: number,
  minutes: readonly (MinuteValue | undefined)[],
  flagRules?: readonly FlagRule[],
): HourSummary {
  let validMinutes = 0;
  let validSum = fromInt(0);
  let rawCount = 0;
  let rawSum = fromInt(0);
  let min: Rational | null = null;
  let max: Rational | null = null;
  let notOperatingFlagMinutes = 0;
  let nonPositiveMinutes = 0;
  const flags = new Set<string>();
  const parts: string[] = [];
  minutes.forEach((m, minute) => {
    if (!m) return;
    if (m.value !== null) {
      rawCount++;
      rawSum = add(rawSum, m.value);
    }
    const rule = flagRule(m.flag.trim() === '' ? 'N' : m.flag, flagRules);
    if (rule.claimsNotOperating) {
      notOperatingFlagMinutes++;
      flags.add(rule.flag);
    }
    if (m.value === null || !isValidMinuteFlag(m.flag, flagRules)) return;
    validMinutes++;
    validSum = add(validSum, m.value);
    if (min === null || cmp(m.value, min) < 0) min = m.value;
    if (max === null || cmp(m.value, max) > 0) max = m.value;
    if (m.value.n <= 0n) nonPositiveMinutes++;
    parts.push(`${minute}:${toDecimalString(m.value)}`);
  });
  return {
    hourStart,
    validMinutes,
    mean: validMinutes > 0 ? div(validSum, fromInt(validMinutes)) : null,
    min,
    max,
    rawMean: rawCount > 0 ? div(rawSum, fromInt(rawCount)) : null,
    notOperatingFlagMinutes,
    notOperatingFlags: [...flags].sort().join(';'),
    nonPositiveMinutes,
    fingerprint: validMinutes > 0 ? parts.join(',') : null,
  };
}
