/**
 * Deterministic synthetic hourly data for the standards benchmark: integers in µg/m³ (CO in
 * 0.1 mg/m³ steps), a diurnal O3 cycle, about 2 % missing hours. Same seed → same data, so the
 * TypeScript and the SQL (DuckDB or SQLite) runs see identical values.
 */
import { seededRng } from '../apps/server/src/platform/demo/seeded-rng';

export const HOURS_PER_YEAR = 8760;
export const BENCH_POLLUTANTS = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm2_5'] as const;
export type BenchPollutant = (typeof BENCH_POLLUTANTS)[number];

/** The simulator's seedable PRNG (mulberry32): quality is irrelevant here, determinism is not. */
export const prng = seededRng;

/**
 * Fill one station's year into `out` (one Float64Array of 8,760 per pollutant; NaN = missing).
 * CO is written in mg/m³ with one decimal; the others are integers.
 */
export function fillStationYear(station: number, out: Record<BenchPollutant, Float64Array>): void {
  const rnd = prng(0x9e3779b9 ^ (station * 2654435761));
  const level = 0.6 + rnd();
  for (let h = 0; h < HOURS_PER_YEAR; h++) {
    const hourOfDay = h % 24;
    const season = 1 + 0.5 * Math.cos((2 * Math.PI * h) / HOURS_PER_YEAR);
    const sun = Math.max(0, Math.sin((Math.PI * (hourOfDay - 6)) / 14));
    const noise = (): number => 0.5 + rnd();
    out.so2[h] = Math.round(8 * level * season * noise());
    out.no2[h] = Math.round(25 * level * season * noise());
    out.co[h] = Math.round(9 * level * season * noise()) / 10;
    out.o3[h] = Math.round((20 + 140 * sun) * level * noise());
    out.pm10[h] = Math.round(55 * level * season * noise());
    out.pm2_5[h] = Math.round(32 * level * season * noise());
    for (const p of BENCH_POLLUTANTS) if (rnd() < 0.02) out[p][h] = Number.NaN;
  }
}
