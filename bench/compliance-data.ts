/**
 * Deterministic synthetic outlet data for the compliance benchmark (issue 16): one month (30 days,
 * 43,200 minutes) per outlet of SO2, NOx, PM, CO (mg/m³, 3 decimals), O2 (%, 2 decimals) and flow
 * (m³/h, 1 decimal), as scaled integers (`scaleDecimal`'s form) with one HJ 212 flag byte per
 * minute: about 3 % single flagged minutes, a maintenance hour now and then (an invalid hour), and
 * spikes that make a few hours exceed. Same outlet number → same data, so every engine sees the same values.
 */
import { encodeFlag, flagCodes, fromInt, type FastPollutantSpec } from '@ecocloud/standards';
import { prng } from './standards-data';

const DAYS = 30;
export const HOURS = DAYS * 24;
export const MINUTES = HOURS * 60;

export const CODES = flagCodes();
const N = encodeFlag(CODES, 'N');
const M = encodeFlag(CODES, 'M');
const OTHER = ['F', 'S', 'D', 'C', 'T', 'B'].map((f) => encodeFlag(CODES, f));
/** Flag codes whose effect is `valid` (the SQL filters on this list). */
export const VALID_CODES = [...CODES.valid.keys()].filter((c) => CODES.valid[c] === 1);

export interface BenchPollutant {
  readonly name: string;
  readonly decimals: number;
  /** Typical level (in units), and the limit (integer, units) when judged. */
  readonly level: number;
  readonly limit: number | null;
}

/** The judged pollutants, converted to 9 % O2 (coal boiler): limits of the ultra-low-emission kind. */
export const JUDGED: readonly BenchPollutant[] = [
  { name: 'so2', decimals: 3, level: 20, limit: 35 },
  { name: 'nox', decimals: 3, level: 30, limit: 50 },
  { name: 'pm', decimals: 3, level: 5, limit: 10 },
  { name: 'co', decimals: 3, level: 40, limit: 100 },
];
export const O2 = { name: 'o2', decimals: 2 } as const;
export const FLOW = { name: 'flow', decimals: 1 } as const;
export const O2_REFERENCE = 9;
export const OUTPUT_DECIMALS = 3;
export const MULTIPLE_DECIMALS = 2;

export const specOf = (p: BenchPollutant | null): FastPollutantSpec => ({
  limit: p?.limit ? { kind: 'max', max: fromInt(p.limit) } : null,
  o2Reference: p ? fromInt(O2_REFERENCE) : null,
  outputDecimals: OUTPUT_DECIMALS,
  multipleDecimals: MULTIPLE_DECIMALS,
});

/** One outlet's month: columns in the order so2, nox, pm, co, o2, flow. */
export interface OutletMonth {
  readonly values: Float64Array[];
  readonly flags: Uint8Array[];
}

export const COLUMN_NAMES = [...JUDGED.map((p) => p.name), O2.name, FLOW.name];

export function newOutletMonth(): OutletMonth {
  return {
    values: COLUMN_NAMES.map(() => new Float64Array(MINUTES)),
    flags: COLUMN_NAMES.map(() => new Uint8Array(MINUTES)),
  };
}

/** Fill one outlet's month into `out` (reused across outlets). */
export function fillOutletMonth(outlet: number, out: OutletMonth): void {
  const rnd = prng(0x85ebca6b ^ (outlet * 2654435761));
  const load = 0.7 + 0.6 * rnd();
  const flagOf = (maintenance: boolean): number =>
    maintenance ? M : rnd() < 0.03 ? (OTHER[Math.floor(rnd() * OTHER.length)] as number) : N;
  for (let h = 0; h < HOURS; h++) {
    const spike = rnd() < 0.01 ? 1.8 + rnd() : 1;
    const hourLoad = load * (0.85 + 0.3 * rnd());
    const maintenance = rnd() < 0.005;
    for (let k = 0; k < 60; k++) {
      const i = h * 60 + k;
      JUDGED.forEach((p, j) => {
        const scale = 10 ** p.decimals;
        (out.values[j] as Float64Array)[i] = Math.round(p.level * hourLoad * spike * (0.8 + 0.4 * rnd()) * scale);
        (out.flags[j] as Uint8Array)[i] = flagOf(maintenance);
      });
      const o = JUDGED.length;
      (out.values[o] as Float64Array)[i] = Math.round((10 + 2 * rnd()) * 100);
      (out.flags[o] as Uint8Array)[i] = flagOf(maintenance);
      (out.values[o + 1] as Float64Array)[i] = Math.round(80_000 * hourLoad * (0.95 + 0.1 * rnd()) * 10);
      (out.flags[o + 1] as Uint8Array)[i] = flagOf(maintenance);
    }
  }
}

/** One outlet's hourly values (valid hours only; ~2 % invalid as NaN) and flow. */
export function fillHours(outlet: number, cols: Float64Array[]): void {
  const rnd = prng(0x27d4eb2d ^ (outlet * 2246822519));
  const load = 0.7 + 0.6 * rnd();
  for (let h = 0; h < HOURS; h++) {
    const spike = rnd() < 0.01 ? 1.8 + rnd() : 1;
    JUDGED.forEach((p, j) => {
      (cols[j] as Float64Array)[h] =
        rnd() < 0.02 ? Number.NaN : Math.round(p.level * load * spike * (0.8 + 0.4 * rnd()) * 10 ** p.decimals);
    });
    (cols[JUDGED.length] as Float64Array)[h] = Math.round(80_000 * load * (0.9 + 0.2 * rnd()) * 10);
  }
}
