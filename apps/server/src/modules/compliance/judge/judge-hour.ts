import {
  convertedHourlyMean,
  DEFAULT_EMISSION_SETTINGS,
  hourlyMean,
  judgeHour,
  o2HourlyMean,
  parseDecimal,
  roundHalfEven,
  toNumber,
  type EmissionSettings,
  type MinuteValue,
  type Rational,
} from '@ecocloud/standards';
import type { JudgedHourRow } from './compliance.repository';

/** The parameter code of flue-gas oxygen (%) at outlet stations (HJ 212 a19001 mapped to `o2`). */
export const O2_PARAMETER = 'o2';

const MINUTE_MS = 60_000;

/** One stored minute observation, as monitoring's reads return it. */
export type MinuteObservation = { parameter: string; period_start: string; value: number | null; flag: string | null };

/** What the judge needs of an outlet: its reference O2 and its concentration limits by pollutant code. */
export type OutletToJudge = { id: string; o2Reference: number | null; limits: { pollutant: string; value: number }[] };

/** Minutes of one parameter aligned by minute of the hour (index 0–59); the first value of a minute wins. */
function minutesOf(rows: readonly MinuteObservation[], hourStartMs: number): Map<string, (MinuteValue | undefined)[]> {
  const out = new Map<string, (MinuteValue | undefined)[]>();
  for (const r of rows) {
    const i = Math.floor((Date.parse(r.period_start) - hourStartMs) / MINUTE_MS);
    if (i < 0 || i > 59) continue;
    const series = out.get(r.parameter) ?? new Array<MinuteValue | undefined>(60).fill(undefined);
    out.set(r.parameter, series);
    // ⚠ an empty flag is read as N (docs/emissions-rules.md); values come back as stored numbers.
    series[i] ??= { value: r.value === null ? null : parseDecimal(r.value), flag: r.flag || 'N' };
  }
  return out;
}

const present = (xs: readonly (MinuteValue | undefined)[]): MinuteValue[] =>
  xs.filter((x): x is MinuteValue => x !== undefined);
/** Printed figures as GB/T 8170 wants them (half to even); the judgement itself stays exact. */
const at = (r: Rational | null, places: number): number | null =>
  r === null ? null : toNumber(roundHalfEven(r, places));

/**
 * One outlet's clock hour judged per limited pollutant with the pure rules of @ecocloud/standards:
 * valid hourly mean (≥ 45 valid minutes), 折算 to the outlet's reference O2 on the hourly means, the
 * exceedance against the permitted concentration and its multiple. An hour without any minute is stored
 * too (0 valid minutes, invalid): the valid-hour rate counts it.
 */
export function judgeOutletHour(
  outlet: OutletToJudge,
  hourStartMs: number,
  rows: readonly MinuteObservation[],
  settings: EmissionSettings = DEFAULT_EMISSION_SETTINGS,
): Omit<JudgedHourRow, 'judged_at'>[] {
  const series = minutesOf(rows, hourStartMs);
  const o2 = series.get(O2_PARAMETER) ?? [];
  const o2Mean = o2HourlyMean(present(o2), settings);
  return outlet.limits.map((limit) => {
    const minutes = series.get(limit.pollutant) ?? [];
    const hm = hourlyMean(present(minutes), settings);
    const limitMax = parseDecimal(limit.value);
    let value: Rational | null = null;
    let converted: Rational | null = null;
    let note = '';
    if (!hm.valid) note = 'HOUR_INVALID';
    else if (outlet.o2Reference !== null) {
      const c = convertedHourlyMean(minutes, o2, parseDecimal(outlet.o2Reference), settings);
      if (c.ok) value = converted = c.value;
      else note = c.reason;
    } else value = hm.mean;
    const j = value ? judgeHour(value, { kind: 'max', max: limitMax }) : null;
    return {
      outlet_id: outlet.id,
      pollutant: limit.pollutant,
      hour_start: new Date(hourStartMs).toISOString(),
      valid_minutes: hm.validMinutes,
      valid: hm.valid ? 1 : 0,
      mean: at(hm.mean, 3),
      o2_mean: outlet.o2Reference !== null ? at(o2Mean.mean, 3) : null,
      converted: at(converted, 3),
      limit_value: limit.value,
      exceeded: j ? (j.exceeded ? 1 : 0) : null,
      multiple: at(j?.multiple ?? null, 2),
      note,
    };
  });
}
