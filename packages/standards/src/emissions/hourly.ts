import { add, div, fromInt, type Rational } from '../exact';
import { isValidMinuteFlag, type FlagRule } from './flags';
import { convertToReferenceO2, o2ReadingProblem, type O2Invalid } from './o2';
import { DEFAULT_EMISSION_SETTINGS, type EmissionSettings } from './settings';

/** One minute value of one pollutant; `value` null when the logger sent none. */
export interface MinuteValue {
  readonly value: Rational | null;
  readonly flag: string;
}

export interface HourMean {
  readonly validMinutes: number;
  /** HJ 76-2017 App. B: ≥ `minValidMinutesPerHour` valid minutes in the clock hour. */
  readonly valid: boolean;
  /** Arithmetic mean of the valid minutes; null when the hour is not valid. */
  readonly mean: Rational | null;
}

const sumOf = (values: readonly Rational[]): Rational => values.reduce(add, fromInt(0));

/** The valid minute values of an hour: flag effect `valid` and a value present. */
export function validMinuteValues(minutes: readonly MinuteValue[], flagRules?: readonly FlagRule[]): Rational[] {
  const out: Rational[] = [];
  for (const m of minutes) if (m.value !== null && isValidMinuteFlag(m.flag, flagRules)) out.push(m.value);
  return out;
}

/**
 * Valid hourly mean: the arithmetic mean of at least 45 (setting) valid minutes of the clock hour
 * (HJ 76-2017 App. B, ☑). Example: 45 minutes of 10 and 15 of `M` → valid, mean 10; 44 → invalid.
 */
export function hourlyMean(
  minutes: readonly MinuteValue[],
  settings: EmissionSettings = DEFAULT_EMISSION_SETTINGS,
  flagRules?: readonly FlagRule[],
): HourMean {
  const values = validMinuteValues(minutes, flagRules);
  const valid = values.length >= settings.minValidMinutesPerHour && values.length > 0;
  return { validMinutes: values.length, valid, mean: valid ? div(sumOf(values), fromInt(values.length)) : null };
}

/** O2 minutes outside 0 ≤ O2 < 21 are invalid readings as well as flagged ones. */
export function o2HourlyMean(
  minutes: readonly MinuteValue[],
  settings: EmissionSettings = DEFAULT_EMISSION_SETTINGS,
  flagRules?: readonly FlagRule[],
): HourMean {
  return hourlyMean(
    minutes.map((m) => (m.value !== null && o2ReadingProblem(m.value) ? { value: null, flag: m.flag } : m)),
    settings,
    flagRules,
  );
}

export type ConvertedHour =
  | { ok: true; value: Rational; minutes: number }
  | { ok: false; reason: 'HOUR_INVALID' | 'O2_HOUR_INVALID' | O2Invalid };

/**
 * The converted (折算) hourly concentration, on the basis the settings name:
 * - `hourly`: convert the valid hourly mean with the valid hourly O2 mean;
 * - `minute`: convert each minute whose value and O2 are both valid, then the hour needs ≥ 45 such minutes.
 * Arrays are aligned by minute of the hour (index = minute).
 */
export function convertedHourlyMean(
  concentration: readonly (MinuteValue | undefined)[],
  o2: readonly (MinuteValue | undefined)[],
  o2Reference: Rational,
  settings: EmissionSettings = DEFAULT_EMISSION_SETTINGS,
  flagRules?: readonly FlagRule[],
): ConvertedHour {
  const present = <T>(xs: readonly (T | undefined)[]): T[] => xs.filter((x): x is T => x !== undefined);
  if (settings.o2ConversionBasis === 'hourly') {
    const c = hourlyMean(present(concentration), settings, flagRules);
    if (!c.mean) return { ok: false, reason: 'HOUR_INVALID' };
    const o = o2HourlyMean(present(o2), settings, flagRules);
    if (!o.mean) return { ok: false, reason: 'O2_HOUR_INVALID' };
    const r = convertToReferenceO2(c.mean, o.mean, o2Reference);
    return r.ok ? { ok: true, value: r.value, minutes: c.validMinutes } : r;
  }
  const converted: Rational[] = [];
  concentration.forEach((m, i) => {
    const ox = o2[i];
    if (!m || !ox || m.value === null || ox.value === null) return;
    if (!isValidMinuteFlag(m.flag, flagRules) || !isValidMinuteFlag(ox.flag, flagRules)) return;
    const r = convertToReferenceO2(m.value, ox.value, o2Reference);
    if (r.ok) converted.push(r.value);
  });
  if (converted.length < settings.minValidMinutesPerHour || converted.length === 0)
    return { ok: false, reason: 'HOUR_INVALID' };
  return { ok: true, value: div(sumOf(converted), fromInt(converted.length)), minutes: converted.length };
}

/** HJ 76-2017 App. B: a valid daily value needs ≥ 20 valid hours (setting). */
export const isValidDay = (validHours: number, s: EmissionSettings = DEFAULT_EMISSION_SETTINGS): boolean =>
  validHours >= s.minValidHoursPerDay;

/** HJ 76-2017 App. B: a valid monthly value needs ≥ 25 valid days, February ≥ 23 (month 1-12). */
export const isValidMonth = (
  validDays: number,
  month: number,
  s: EmissionSettings = DEFAULT_EMISSION_SETTINGS,
): boolean => validDays >= (month === 2 ? s.minValidDaysInFebruary : s.minValidDaysPerMonth);

/** Mean of the valid hourly means of a day, null when the day is not valid (water compliance is on it ⚠). */
export function dailyMeanOfHours(
  hourMeans: readonly (Rational | null)[],
  s: EmissionSettings = DEFAULT_EMISSION_SETTINGS,
): Rational | null {
  const valid = hourMeans.filter((m): m is Rational => m !== null);
  return isValidDay(valid.length, s) && valid.length > 0 ? div(sumOf(valid), fromInt(valid.length)) : null;
}
