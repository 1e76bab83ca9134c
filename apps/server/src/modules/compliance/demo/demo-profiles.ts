/**
 * The demo loggers' minutes as pure functions of (logger, outlet limits, minute): the same minute always
 * gives the same values, whether the seeder stores three days of history or the live feed sends it now.
 * Levels follow the outlet's permit: a normal hour sits at about half the limit (converted to the
 * reference O2 for flue gas, then turned back into the measured value with the minute's O2).
 */
import { encodePacket, formatDataTime, formatQn } from '@ecocloud/hj212';
import { gaussian, mixSeed, seededRng } from '../../../platform/demo/seeded-rng';
import type { Reading } from '../../monitoring';
import { factorsOf, type DemoDuty, type DemoFactor, type DemoLogger } from './demo-loggers';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const SHANGHAI_MS = 8 * HOUR_MS;

/** What a profile needs of the outlet its logger reports for: concentration limits by pollutant, reference O2. */
export type ProfileOutlet = { logger: DemoLogger; limits: ReadonlyMap<string, number>; o2Reference: number | null };

export type DemoMinute = { parameter: string; value: number; flag: 'N' | 'M' };

/** A normal hour's level as a share of the permitted concentration (converted, for flue gas). */
const SHARE_OF_LIMIT: Readonly<Record<string, number>> = {
  so2: 0.5,
  nox: 0.62,
  dust: 0.35,
  cod: 0.55,
  nh3_n: 0.3,
  tn: 0.6,
  tp: 0.45,
};
/** Levels (mg/m³, mg/L) of what the permit does not limit. */
const UNLIMITED_LEVEL: Readonly<Record<string, number>> = {
  so2: 20,
  nox: 30,
  dust: 5,
  cod: 30,
  nh3_n: 1.5,
  tn: 10,
  tp: 0.3,
};

/** Shanghai clock hours [from, to) of the flat line (across midnight) and of the night's false maintenance mark. */
export const FLAT_HOURS = { from: 22, to: 8 } as const;
export const MAINTENANCE_HOURS = { from: 1, to: 5 } as const;
/** The pollutant that exceeds, the one that flat-lines, the ones the analyser marks M. */
const EXCEEDING_POLLUTANT = 'so2';
const FLAT_POLLUTANT = 'nox';
const MARKED_POLLUTANTS = new Set(['so2', 'nox', 'dust']);

const seedOf = (mn: string): number =>
  [...mn].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16_777_619) >>> 0, 2_166_136_261);
const round = (x: number, decimals: number): number => Math.round(x * 10 ** decimals) / 10 ** decimals;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
/** 1 at the peak hour, 0 twelve hours away. */
const wave = (hour: number, peak: number): number => 0.5 + 0.5 * Math.cos((2 * Math.PI * (hour - peak)) / 24);
const within = (hour: number, r: { from: number; to: number }): boolean =>
  r.from < r.to ? hour >= r.from && hour < r.to : hour >= r.from || hour < r.to;

/** Share of full load over the Shanghai day. */
function dutyLoad(duty: DemoDuty, hour: number): number {
  if (duty === 'power') return 0.7 + 0.25 * wave(hour, 15); // dispatched: lowest before dawn
  if (duty === 'kiln') return 0.93; // a kiln runs round the clock
  if (duty === 'plant') return hour >= 8 && hour < 20 ? 0.95 : 0.75; // day shift
  return 0.8 + 0.3 * wave(hour, 11); // sewage inflow peaks late morning
}

/** The Shanghai clock hours [from, to) in which the exceeding outlet's SO2 is above its limit on a day. */
export function exceedingHours(logger: DemoLogger, shanghaiDay: number): { from: number; to: number } {
  const from = seededRng(mixSeed(seedOf(logger.mn), shanghaiDay, 3))() < 0.5 ? 14 : 15;
  return { from, to: from + 3 };
}

/** The measured concentration of a converted one at the minute's O2 (no O2 reference: the same). */
const measured = (converted: number, o2: number | null, ref: number | null): number =>
  ref === null || o2 === null ? converted : (converted * (21 - o2)) / (21 - ref);

/** One minute of one logger: every factor it sends, in stored units, with its HJ 212 flag. */
export function demoMinute(o: ProfileOutlet, minuteMs: number): DemoMinute[] {
  const { logger, limits, o2Reference } = o;
  const seed = seedOf(logger.mn);
  const local = minuteMs + SHANGHAI_MS;
  const hour = Math.floor(local / HOUR_MS) % 24;
  const day = Math.floor(local / DAY_MS);
  // Hour-level draws first, in a fixed order, so every minute of the hour shares them.
  const hourRng = seededRng(mixSeed(seed, Math.floor(minuteMs / HOUR_MS)));
  const load = dutyLoad(logger.duty, hour) * (0.97 + 0.06 * hourRng());
  const surge = 1.3 + 0.3 * hourRng();
  const rng = seededRng(mixSeed(seed, Math.floor(minuteMs / MINUTE_MS), 1));
  const dayLevel = logger.kind === 'water' ? 0.9 + 0.2 * seededRng(mixSeed(seed, day, 2))() : 1;
  // More excess air at low load: O2 rises as the load falls, always above the reference (折算 raises the value).
  const o2 = logger.kind === 'gas' ? clamp((logger.o2 ?? 8) + 4 * (0.95 - load) + 0.12 * gaussian(rng), 3, 19) : null;
  const out: DemoMinute[] = [];
  for (const f of factorsOf(logger.kind)) {
    const p = f.parameter;
    let value: number;
    let flag: DemoMinute['flag'] = 'N';
    if (p === 'flow') value = logger.fullFlow * load * (1 + 0.01 * gaussian(rng));
    else if (p === 'o2') value = o2 ?? 0;
    else if (p === 'ph') value = 7.1 + 0.25 * Math.sin((2 * Math.PI * (hour - 8)) / 24) + 0.04 * gaussian(rng);
    else {
      if ((p === 'tn' || p === 'tp') && !limits.has(p)) continue;
      const limit = limits.get(p);
      const level = limit === undefined ? (UNLIMITED_LEVEL[p] ?? 1) : limit * (SHARE_OF_LIMIT[p] ?? 0.5);
      let converted = level * (0.85 + 0.3 * hourRng()) * dayLevel * Math.max(0.6, 1 + 0.04 * gaussian(rng));
      const exceeding = logger.profile === 'exceeding' && p === EXCEEDING_POLLUTANT;
      if (exceeding && within(hour, exceedingHours(logger, day))) converted = (limit ?? level) * surge;
      const marked = logger.profile === 'maintenance' && MARKED_POLLUTANTS.has(p) && within(hour, MAINTENANCE_HOURS);
      if (marked) {
        flag = 'M';
        // What the mark hides: the SO2 the analyser still reads is above the limit.
        if (p === EXCEEDING_POLLUTANT) converted = (limit ?? level) * surge;
      }
      value = measured(converted, o2, o2Reference);
      if (logger.profile === 'flatline' && p === FLAT_POLLUTANT && within(hour, FLAT_HOURS))
        value = flatValue(o, level);
    }
    out.push({ parameter: p, value: round(value, f.decimals), flag });
  }
  return out;
}

/** The frozen NOx reading of the flat-lining outlet: its usual level at full-load O2, one decimal. */
const flatValue = (o: ProfileOutlet, level: number): number =>
  round(measured(level, o.logger.o2 ?? 8, o.o2Reference), 1);

/** The logger's minutes [fromMs, toMs) as stored readings of its station ('1m', flags as sent). */
export function demoReadings(o: ProfileOutlet, stationId: string, fromMs: number, toMs: number): Reading[] {
  const out: Reading[] = [];
  for (let t = Math.ceil(fromMs / MINUTE_MS) * MINUTE_MS; t < toMs; t += MINUTE_MS) {
    const periodStart = new Date(t).toISOString();
    for (const m of demoMinute(o, t))
      out.push({
        stationId,
        parameter: m.parameter,
        period: '1m',
        periodStart,
        value: m.value,
        valueText: String(m.value),
        flag: m.flag,
      });
  }
  return out;
}

/** A stored value in the unit HJ 212 sends (flow in m³/s or L/s), with enough decimals to keep it. */
const sentText = (value: number, f: DemoFactor): string =>
  f.scale === 1 ? value.toFixed(f.decimals) : String(round(value / f.scale, f.decimals + 4));

/** The minute as the logger sends it: an HJ 212 minute-data (2051) packet, DataTime the minute's start. */
export function demoMinutePacket(
  o: ProfileOutlet,
  login: { mn: string; password: string; st: string },
  minuteMs: number,
): string {
  const byParameter = new Map(factorsOf(o.logger.kind).map((f) => [f.parameter, f]));
  const factors: Record<string, { Avg: string; Flag: string }> = {};
  for (const m of demoMinute(o, minuteMs)) {
    const f = byParameter.get(m.parameter)!;
    factors[f.code] = { Avg: sentText(m.value, f), Flag: m.flag };
  }
  return encodePacket({
    qn: formatQn(new Date(minuteMs + MINUTE_MS)),
    st: login.st,
    cn: '2051',
    pw: login.password,
    mn: login.mn,
    flag: 5,
    cp: { params: [['DataTime', formatDataTime(new Date(minuteMs))]], factors },
  });
}
