import { gaussian } from '../../../platform/demo/seeded-rng';

/** The six AQI pollutants as simulated, in µg/m³ (CO in mg/m³). */
export type AirSample = { so2: number; no2: number; co: number; o3: number; pm10: number; pm25: number };

const SHANGHAI_MS = 8 * 3600_000;
const TAU = 2 * Math.PI;

/** Local (UTC+8) day of year 0–365 and fractional hour 0–24. */
function localClock(at: Date): { doy: number; hour: number } {
  const local = new Date(at.getTime() + SHANGHAI_MS);
  const start = Date.UTC(local.getUTCFullYear(), 0, 1);
  return { doy: (local.getTime() - start) / 86_400_000, hour: local.getUTCHours() + local.getUTCMinutes() / 60 };
}

/** cos bump peaking at `peak` within a cycle of `period` (1 at the peak, -1 opposite). */
const wave = (x: number, peak: number, period: number): number => Math.cos((TAU * (x - peak)) / period);

/**
 * A plausible ambient air sample for a station at an instant, for demos and load tests (not for
 * science): PM2.5/PM10 peak in winter (mid-January) and at night (about 02:00) when the boundary
 * layer is low; O3 peaks in summer (mid-July) afternoons (about 15:00); NO2 follows the morning
 * and evening traffic; CO follows PM. `stationBias` shifts a station's level (0.7–1.3 is typical).
 */
export function airSample(at: Date, stationBias: number, rng: () => number): AirSample {
  const { doy, hour } = localClock(at);
  const winter = wave(doy, 15, 365); // +1 mid-January, -1 mid-July
  const noise = () => Math.exp(0.15 * gaussian(rng));
  const pm25 = Math.max(3, (38 + 22 * winter) * (1 + 0.3 * wave(hour, 2, 24)) * stationBias * noise());
  const pm10 = pm25 * (1.5 + 0.3 * rng());
  const sun = Math.max(0, wave(hour, 15, 24)); // afternoon photochemistry
  const o3 = Math.max(2, (45 - 30 * winter) * (0.35 + 1.4 * sun) * noise());
  const rush = Math.max(wave(hour, 8, 24), wave(hour, 19, 24));
  const no2 = Math.max(2, (28 + 8 * winter) * (0.8 + 0.4 * rush) * stationBias * noise());
  const so2 = Math.max(1, (9 + 3 * winter) * stationBias * noise());
  const co = Math.max(0.1, (0.7 + 0.3 * winter) * (1 + 0.2 * wave(hour, 2, 24)) * noise());
  return { so2, no2, co, o3, pm10, pm25 };
}

/** HJ 212 factor codes of the simulated pollutants (a05024 O3: used in the field, absent from 表B.2) and decimals sent. */
export const AIR_FACTORS: readonly { key: keyof AirSample; code: string; parameter: string; decimals: number }[] = [
  { key: 'so2', code: 'a21026', parameter: 'so2', decimals: 0 },
  { key: 'no2', code: 'a21004', parameter: 'no2', decimals: 0 },
  { key: 'co', code: 'a21005', parameter: 'co', decimals: 3 },
  { key: 'o3', code: 'a05024', parameter: 'o3', decimals: 0 },
  { key: 'pm10', code: 'a34002', parameter: 'pm10', decimals: 0 },
  { key: 'pm25', code: 'a34004', parameter: 'pm2_5', decimals: 0 },
];

/** The factor map simulated devices are registered with (devices.factor_map). */
export const SIM_FACTOR_MAP: Readonly<Record<string, { parameter: string; scale: number }>> = Object.fromEntries(
  AIR_FACTORS.map((f) => [f.code, { parameter: f.parameter, scale: 1 }]),
);
