import {
  parseDecimal,
  roundHalfEven,
  summariseHour,
  toNumber,
  type HourSummary,
  type MinuteValue,
  type Rational,
} from '@ecocloud/standards';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { monitoringReads } from '../../monitoring';

export const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** Flue-gas oxygen (%) as the outlet stations name it (HJ 212 a19001). */
const O2_PARAMETER = 'o2';
/**
 * The parameter codes an outlet's flow arrives under (m³/h): `flow` (water, w00000; the calc CLI) and
 * `flue_gas_flow` (gas, a00000 in the monitoring demo's factor maps). Both feed the detectors' `flow`.
 */
const FLOW_PARAMETERS = ['flow', 'flue_gas_flow'] as const;
export const FLOW = 'flow';

/** An outlet's stored minutes over a window of whole clock hours, as the detectors and the gap checks need them. */
export type OutletWindow = {
  fromMs: number;
  toMs: number;
  /** Every parameter with data in the window (flow under `flow`) → its hours in time order, every hour summarised. */
  hours: Map<string, HourSummary[]>;
  /** Limited pollutant → hour start → minutes received with any flag (the transmission numerator). */
  received: Map<string, Map<number, number>>;
  /** The first minute of any limited pollutant in the window, epoch ms; null when none arrived. */
  firstReceivedMs: number | null;
};

type Slot = (MinuteValue | undefined)[];

/**
 * Reads the outlet's stored minutes ('1m', through monitoring's reads) of the limited pollutants, O2 and
 * flow in [fromMs, toMs) (whole hours) and summarises each parameter's hours with `summariseHour`. Minutes
 * of several stations for one parameter: the first row of a minute wins, as in the judge. ⚠ An empty
 * flag is read as `N`.
 */
export async function readOutletWindow(
  db: Kysely<Database>,
  outlet: { stationIds: readonly string[]; pollutants: readonly string[] },
  fromMs: number,
  toMs: number,
): Promise<OutletWindow> {
  const rows = await monitoringReads.readObservations(db, {
    stationIds: outlet.stationIds,
    period: '1m',
    parameters: [...new Set([...outlet.pollutants, O2_PARAMETER, ...FLOW_PARAMETERS])],
    fromIso: new Date(fromMs).toISOString(),
    toIso: new Date(toMs).toISOString(),
  });
  const slots = new Map<string, Map<number, Slot>>();
  const limited = new Set(outlet.pollutants);
  let firstReceivedMs: number | null = null;
  for (const r of rows) {
    const t = Date.parse(r.period_start);
    const hour = Math.floor(t / HOUR_MS) * HOUR_MS;
    const minute = Math.floor((t - hour) / MINUTE_MS);
    const parameter = (FLOW_PARAMETERS as readonly string[]).includes(r.parameter) ? FLOW : r.parameter;
    const byHour = slots.get(parameter) ?? new Map<number, Slot>();
    slots.set(parameter, byHour);
    const slot = byHour.get(hour) ?? new Array<MinuteValue | undefined>(60).fill(undefined);
    byHour.set(hour, slot);
    slot[minute] ??= { value: r.value === null ? null : parseDecimal(r.value), flag: r.flag || 'N' };
    if (limited.has(r.parameter) && (firstReceivedMs === null || t < firstReceivedMs)) firstReceivedMs = t;
  }
  const hours = new Map<string, HourSummary[]>();
  const received = new Map<string, Map<number, number>>();
  for (const p of outlet.pollutants) received.set(p, new Map());
  for (const [parameter, byHour] of slots) {
    const list: HourSummary[] = [];
    for (let h = fromMs; h < toMs; h += HOUR_MS) {
      const slot = byHour.get(h);
      list.push(summariseHour(h, slot ?? []));
      if (slot && limited.has(parameter)) received.get(parameter)!.set(h, slot.filter(Boolean).length);
    }
    hours.set(parameter, list);
  }
  return { fromMs, toMs, hours, received, firstReceivedMs };
}

/** The hourly means of one parameter over [fromMs, toMs), for a lead's evidence chart (3 places). */
export function hourlySeries(window: OutletWindow, parameter: string, fromMs: number, toMs: number) {
  return (window.hours.get(parameter) ?? [])
    .filter((h) => h.hourStart >= fromMs && h.hourStart < toMs)
    .map((h) => ({
      hour: new Date(h.hourStart).toISOString(),
      mean: h.mean === null ? null : round3(h.mean),
      rawMean: h.rawMean === null ? null : round3(h.rawMean),
      validMinutes: h.validMinutes,
    }));
}

/** A figure for a chart: 3 places, half to even. */
export const round3 = (r: Rational): number => toNumber(roundHalfEven(r, 3));
