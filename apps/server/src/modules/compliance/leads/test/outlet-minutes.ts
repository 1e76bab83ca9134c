import type { Reading } from '../../../monitoring';

const HOUR_MS = 3_600_000;

/** Deterministic noise (mulberry32), so a failing case can be replayed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One parameter's minute: a value (2 places, as loggers send) and its HJ 212 flag; null = nothing sent. */
type MinuteOf = { v: number; flag?: string } | null;
/** What an outlet sends in a minute, by parameter code; hour counts from the first hour, load 0.4–1. */
export type Profile = (hour: number, minute: number, load: number, noise: () => number) => Record<string, MinuteOf>;

/** Load follows the day (Shanghai hours when the first hour starts at Shanghai midnight). */
const loadAt = (hour: number) => 0.7 + 0.3 * Math.sin((2 * Math.PI * (hour % 24)) / 24);

/**
 * A normal, noisy coal-boiler outlet: flue-gas flow follows the load, SO2 and O2 have minute noise, a
 * 10-minute calibration (flag C) every day at 03:00.
 */
export const NORMAL: Profile = (hour, minute, load, r) => ({
  flue_gas_flow: { v: 100_000 * load + 3_000 * (r() - 0.5) },
  so2: { v: 20 + 15 * load + 4 * (r() - 0.5), flag: hour % 24 === 3 && minute < 10 ? 'C' : 'N' },
  o2: { v: 10 - 2 * load + 0.6 * (r() - 0.5) },
});

/** Minute readings of `hours` clock hours from `t0` at the station, as a logger's 2051 packets store them. */
export function minuteReadings(stationId: string, t0: number, hours: number, profile: Profile, seed = 1): Reading[] {
  const r = rng(seed);
  const out: Reading[] = [];
  for (let h = 0; h < hours; h++)
    for (let m = 0; m < 60; m++) {
      const periodStart = new Date(t0 + h * HOUR_MS + m * 60_000).toISOString();
      for (const [parameter, x] of Object.entries(profile(h, m, loadAt(h), r))) {
        if (!x) continue;
        const value = Number(x.v.toFixed(2));
        out.push({
          stationId,
          parameter,
          period: '1m',
          periodStart,
          value,
          valueText: value.toFixed(2),
          flag: x.flag ?? 'N',
        });
      }
    }
  return out;
}
