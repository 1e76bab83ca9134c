import {
  add,
  dailyMeanOfHours,
  DEFAULT_EMISSION_SETTINGS,
  fromInt,
  judgeHour,
  parseDecimal,
  type EmissionSettings,
  type Rational,
  type ReferralFlag,
} from '@ecocloud/standards';
import type { StoredHourRow } from './compliance.repository';
import type { DayRow } from './days.repository';
import { AMOUNT_PLACES, at } from './figures';
import { referralOf } from './heavy-metal-referral';
import { SPECIAL_PERIOD_NOTE } from './judge-hour';

/** The note of a gas outlet's (or a pH range's) day: its compliance is the hours'; the row carries amounts. */
const JUDGED_HOURLY = 'JUDGED_HOURLY';

export type DayOutlet = {
  id: string;
  medium: 'gas' | 'water';
  o2Reference: number | null;
  /** Pollutants whose limit is a range (pH): judged hour by hour at any outlet. */
  rangePollutants: ReadonlySet<string>;
};

export type JudgedDay = { row: Omit<DayRow, 'judged_at'>; referral: ReferralFlag | null; mean: Rational | null };

/** The value an hour contributes to its day: the judged one (converted where the outlet has a reference O2). */
function hourValue(h: StoredHourRow, outlet: DayOutlet, isRange: boolean): number | null {
  if (h.valid !== 1) return null;
  return outlet.o2Reference !== null && !isRange ? h.converted : h.mean;
}

/** The strictest limit among the day's hours (a special period covering part of the day applies to it ⚠). */
function dayLimit(hours: readonly StoredHourRow[]): { value: number; note: string } | null {
  let best: StoredHourRow | null = null;
  for (const h of hours) if (h.limit_value !== null && (!best || h.limit_value < best.limit_value!)) best = h;
  if (!best) return null;
  const period = best.note.split(';').find((n) => n.startsWith(SPECIAL_PERIOD_NOTE));
  return { value: best.limit_value!, note: period ?? '' };
}

/**
 * One Shanghai day of an outlet × pollutant from its stored hours (HJ 76-2017 App. B ☑: valid with ≥ 20
 * valid hours; the daily value is the mean of the valid hourly values — as stored, 3 places). A water
 * outlet's pollutant is judged on that daily mean against the strictest limit of its hours: exceedance
 * above it, multiple (C − L) / L, heavy-metal referral. Gas outlets and pH ranges are judged hour by hour:
 * their day keeps the valid hours, the daily mean and the amount, no verdict. The amount is the sum of the
 * valid hours' amounts (kg), null without any.
 */
export function judgeOutletDay(
  outlet: DayOutlet,
  day: string,
  pollutant: string,
  hours: readonly StoredHourRow[],
  settings: EmissionSettings = DEFAULT_EMISSION_SETTINGS,
): JudgedDay {
  const isRange = outlet.rangePollutants.has(pollutant);
  const values = hours.map((h) => hourValue(h, outlet, isRange));
  const validHours = values.filter((v) => v !== null).length;
  const mean = isRange
    ? null
    : dailyMeanOfHours(
        values.map((v) => (v === null ? null : parseDecimal(v))),
        settings,
      );
  const amounts = hours.filter((h) => h.amount_kg !== null).map((h) => parseDecimal(h.amount_kg!));
  const amount = amounts.length ? amounts.reduce(add, fromInt(0)) : null;
  const limit = dayLimit(hours);
  const judgedDaily = outlet.medium === 'water' && !isRange && limit !== null;
  const notes: string[] = [];
  if (!judgedDaily) notes.push(limit || isRange ? JUDGED_HOURLY : 'NO_LIMIT');
  else if (!mean) notes.push('DAY_INVALID');
  if (judgedDaily && limit.note) notes.push(limit.note);
  const j = judgedDaily && mean ? judgeHour(mean, { kind: 'max', max: parseDecimal(limit.value) }) : null;
  return {
    row: {
      outlet_id: outlet.id,
      pollutant,
      day,
      valid_hours: validHours,
      valid: validHours >= settings.minValidHoursPerDay ? 1 : 0,
      mean: at(mean, 3),
      limit_value: judgedDaily ? limit.value : null,
      exceeded: j ? (j.exceeded ? 1 : 0) : null,
      multiple: at(j?.multiple ?? null, 2),
      amount_kg: at(amount, AMOUNT_PLACES),
      note: notes.join(';'),
    },
    referral: j?.exceeded && mean && judgedDaily ? referralOf(pollutant, mean, limit.value, settings) : null,
    mean,
  };
}
