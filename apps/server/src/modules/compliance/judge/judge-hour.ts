import {
  convertedHourlyMean,
  DEFAULT_EMISSION_SETTINGS,
  fromInt,
  hourlyAmountKg,
  hourlyMean,
  judgeHour,
  mul,
  o2HourlyMean,
  parseDecimal,
  type EmissionSettings,
  type PermitLimit,
  type Rational,
  type ReferralFlag,
} from '@ecocloud/standards';
import type { JudgedHourRow } from './compliance.repository';
import { at, AMOUNT_PLACES } from './figures';
import { referralOf } from './heavy-metal-referral';
import { deriveNoxMinutes, minutesOf, NOX, present, type MinuteObservation } from './minute-series';

/** The parameter code of flue-gas oxygen (%) at outlet stations (HJ 212 a19001 mapped to `o2`). */
const O2_PARAMETER = 'o2';

/**
 * The flow parameters (m³/h ⚠), first found wins: `flow` (the CLI's and the wastewater loggers' code) and
 * `flue_gas_flow` (the monitoring demo maps HJ 212 a00000 to it).
 */
const FLOW_PARAMETERS = ['flow', 'flue_gas_flow'] as const;

/** Parameters read besides the limited pollutants: O2, flow, and NO / NO2 to derive NOx from. */
export const AUXILIARY_PARAMETERS = [O2_PARAMETER, ...FLOW_PARAMETERS, 'no', 'no2'] as const;

/** The note of a water outlet's hour: its compliance is the daily mean's (compliance_days). */
const JUDGED_DAILY = 'JUDGED_DAILY';
/** The note prefix of an hour judged against a special-period limit: `SPECIAL_PERIOD:<name>`. */
export const SPECIAL_PERIOD_NOTE = 'SPECIAL_PERIOD:';

/** A concentration limit: `min` set for a range (pH). */
type LimitToJudge = { pollutant: string; value: number; unit: string; min: number | null };

/** What the judge needs of an outlet (sourcesReads.judgeableOutlets gives it). */
export type OutletToJudge = {
  id: string;
  /** gas: judged hour by hour; water: hours stored, compliance on the daily mean (pH ranges stay hourly ⚠). */
  medium?: 'gas' | 'water';
  o2Reference: number | null;
  limits: readonly LimitToJudge[];
  /** Limits that replace the normal one while a special period of that name is in force. */
  specialLimits?: readonly (LimitToJudge & { specialPeriod: string })[];
  /** Pollutants with a permitted amount but no concentration limit: their hours carry amounts, no judgement. */
  amountPollutants?: readonly string[];
};

const permitLimitOf = (l: LimitToJudge): PermitLimit =>
  l.min === null
    ? { kind: 'max', max: parseDecimal(l.value) }
    : { kind: 'range', min: parseDecimal(l.min), max: parseDecimal(l.value) };

/**
 * The limit in force for a pollutant in the hour: a special-period limit whose period is in force replaces
 * the normal one (two in force: the strictest upper bound).
 */
function limitInForce(
  outlet: OutletToJudge,
  pollutant: string,
  inForce: ReadonlySet<string>,
): { limit: LimitToJudge | null; period: string | null } {
  const normal = outlet.limits.find((l) => l.pollutant === pollutant) ?? null;
  const special = (outlet.specialLimits ?? [])
    .filter((l) => l.pollutant === pollutant && inForce.has(l.specialPeriod))
    .sort((a, b) => a.value - b.value)[0];
  return special ? { limit: special, period: special.specialPeriod } : { limit: normal, period: null };
}

/** Emitted mass of a valid hour: a water concentration in mg/L is 1000 × mg/m³; below zero counts as none. */
function amountOf(mean: Rational, flow: Rational, medium: 'gas' | 'water'): Rational {
  const perM3 = medium === 'water' ? mul(mean, fromInt(1000)) : mean;
  const kg = hourlyAmountKg(perM3, flow);
  // A negative concentration or flow is a faulty reading (a sign for the detectors), never a negative mass.
  return kg.n < 0n ? fromInt(0) : kg;
}

/** A judged hour: the row to store, the exact value judged, and a heavy-metal referral flag when it reaches one. */
export type JudgedHour = {
  row: Omit<JudgedHourRow, 'judged_at'>;
  value: Rational | null;
  referral: ReferralFlag | null;
};

/**
 * One outlet's clock hour judged per pollutant with the pure rules of @ecocloud/standards: valid hourly
 * mean (≥ 45 valid minutes), 折算 to the outlet's reference O2 on the hourly means, the exceedance against
 * the permitted concentration (a range for pH) and its multiple; NOx derived as NO2 from NO and NO2 when no
 * NOx minutes came; the special-period limit while its period is in force (`specialPeriodsInForce`: the
 * names in force for the outlet's region at this hour); the minutes received (any flag); the valid hourly
 * flow and the emitted amount (measured mean × flow, valid hours). Water outlets' hours keep their means but
 * no verdict (note JUDGED_DAILY): their compliance is the daily mean's. An hour without any minute is stored
 * too (0 valid minutes, invalid): the valid-hour rate counts it. An exceeding heavy-metal hour carries
 * its referral flag.
 */
export function judgeOutletHour(
  outlet: OutletToJudge,
  hourStartMs: number,
  rows: readonly MinuteObservation[],
  settings: EmissionSettings = DEFAULT_EMISSION_SETTINGS,
  specialPeriodsInForce: ReadonlySet<string> = new Set(),
): JudgedHour[] {
  const series = minutesOf(rows, hourStartMs);
  const medium = outlet.medium ?? 'gas';
  const o2 = series.get(O2_PARAMETER) ?? [];
  const o2Mean = o2HourlyMean(present(o2), settings);
  const flowSeries = FLOW_PARAMETERS.map((p) => series.get(p)).find((s) => s && present(s).length > 0) ?? [];
  const flow = hourlyMean(present(flowSeries), settings);
  const pollutants = [
    ...new Set([...outlet.limits.map((l) => l.pollutant), ...(outlet.specialLimits ?? []).map((l) => l.pollutant)]),
  ];
  for (const p of outlet.amountPollutants ?? []) if (!pollutants.includes(p)) pollutants.push(p);
  return pollutants.map((pollutant) => {
    const notes: string[] = [];
    let minutes = series.get(pollutant);
    if (pollutant === NOX && !minutes?.some(Boolean)) {
      const derived = deriveNoxMinutes(series.get('no'), series.get('no2'), settings);
      if (derived) {
        minutes = derived;
        notes.push('NOX_FROM_NO_NO2');
      }
    }
    minutes ??= [];
    const hm = hourlyMean(present(minutes), settings);
    const { limit, period } = limitInForce(outlet, pollutant, specialPeriodsInForce);
    const permitLimit = limit ? permitLimitOf(limit) : null;
    // A range (pH) is judged on the measured value as is: no 折算, no amount, and hour by hour at any outlet
    // (a mean of pH values is a mean of logarithms ⚠).
    const isRange = permitLimit?.kind === 'range';
    const judgedDaily = medium === 'water' && !isRange;
    let value: Rational | null = null;
    let converted: Rational | null = null;
    if (!hm.valid) notes.push('HOUR_INVALID');
    else if (!permitLimit) notes.push('NO_LIMIT');
    else if (outlet.o2Reference !== null && !isRange) {
      const c = convertedHourlyMean(minutes, o2, parseDecimal(outlet.o2Reference), settings);
      if (c.ok) value = converted = c.value;
      else notes.push(c.reason);
    } else value = hm.mean;
    if (period) notes.push(`${SPECIAL_PERIOD_NOTE}${period}`);
    if (judgedDaily && hm.valid && permitLimit) notes.push(JUDGED_DAILY);
    const j = value && permitLimit && !judgedDaily ? judgeHour(value, permitLimit) : null;
    const amount = hm.mean && flow.mean && !isRange ? amountOf(hm.mean, flow.mean, medium) : null;
    const row = {
      outlet_id: outlet.id,
      pollutant,
      hour_start: new Date(hourStartMs).toISOString(),
      valid_minutes: hm.validMinutes,
      valid: hm.valid ? 1 : 0,
      mean: at(hm.mean, 3),
      o2_mean: outlet.o2Reference !== null ? at(o2Mean.mean, 3) : null,
      converted: at(converted, 3),
      limit_value: limit?.value ?? null,
      exceeded: j ? (j.exceeded ? 1 : 0) : null,
      multiple: at(j?.multiple ?? null, 2),
      note: notes.join(';'),
      received_minutes: minutes.filter(Boolean).length,
      flow_mean: at(flow.mean, 3),
      amount_kg: at(amount, AMOUNT_PLACES),
    };
    // 法释〔2023〕7号: an exceeding heavy-metal hour at or beyond the threshold ratio, judged on the exact value.
    const referral =
      j?.exceeded && value && limit && !isRange ? referralOf(pollutant, value, limit.value, settings) : null;
    return { row, value, referral };
  });
}
