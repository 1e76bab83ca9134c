import { noiseLimit } from '@ecocloud/standards';
import type { Reading } from '../ingest/reading';
import { seededRng } from '../../../platform/demo/seeded-rng';
import { noise } from './demo-network';
import type { DemoNoisePoint, DemoRadiationStation, DemoSeaPoint } from './demo-media-network';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const SHANGHAI = 8 * HOUR;

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
const seedOf = (code: string) => [...code].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
const reading = (
  stationId: string,
  parameter: string,
  period: Reading['period'],
  t: number,
  value: number,
): Reading => ({
  stationId,
  parameter,
  period,
  periodStart: new Date(t).toISOString(),
  value,
  valueText: String(value),
  flag: 'N',
});

/** Survey days of the coastal monitoring programme: spring, summer (wet season) and autumn, [month 0-11, day, season load]. */
const SEA_SURVEYS: [number, number, number][] = [
  [3, 20, 1],
  [7, 10, 1.15],
  [9, 25, 0.95],
];

/** One survey's values (mg/L, pH dimensionless) for GB 3097; nutrients scale with the point's quality and the season. */
function demoSeaSample(point: DemoSeaPoint, surveyDayMs: number): Record<string, number> {
  const rand = seededRng(seedOf(point.code) + Math.floor(surveyDayMs / DAY));
  const [, , load] = SEA_SURVEYS.find(([m]) => m === new Date(surveyDayMs + SHANGHAI).getUTCMonth()) ?? [0, 0, 1];
  const q = point.quality * load;
  return {
    ph: round(8.05 + 0.2 * (rand() - 0.5), 2),
    do: round(7.3 - 0.35 * (q - 1) - (load > 1 ? 0.5 : 0) + 0.3 * (rand() - 0.5), 1),
    cod: round(1.1 * Math.sqrt(q) * noise(rand, 0.12), 2),
    bod5: round(0.65 * Math.sqrt(q) * noise(rand, 0.12), 2),
    // Capped below the class IV limits: the worse point is meant to sit in class III/IV, not 劣四类.
    din: round(Math.min(0.48, 0.155 * q * noise(rand, 0.08)), 3),
    phosphate: round(Math.min(0.044, 0.0115 * q * noise(rand, 0.15)), 4),
    petroleum: round(0.022 * noise(rand, 0.2), 3),
  };
}

/** Sea surveys as '1d' readings on the survey days inside [fromMs, toMs). */
export function seaSurveyReadings(point: DemoSeaPoint, stationId: string, fromMs: number, toMs: number): Reading[] {
  const out: Reading[] = [];
  for (let y = new Date(fromMs).getUTCFullYear(); Date.UTC(y, 0, 1) - SHANGHAI < toMs; y++) {
    for (const [month, day] of SEA_SURVEYS) {
      const t = Date.UTC(y, month, day) - SHANGHAI;
      if (t < fromMs || t >= toMs) continue;
      for (const [parameter, value] of Object.entries(demoSeaSample(point, t)))
        out.push(reading(stationId, parameter, '1d', t, value));
    }
  }
  return out;
}

/** Day and night Leq, dB(A): a margin below the zone limits, quieter weekends, and a few loud nights (and rarer loud days). */
function demoNoiseDay(point: DemoNoisePoint, dayStartMs: number): { leq_day: number; leq_night: number } {
  const rand = seededRng(seedOf(point.code) * 13 + Math.floor(dayStartMs / DAY));
  const weekend = [0, 6].includes(new Date(dayStartMs + SHANGHAI).getUTCDay()) ? 1.2 : 0;
  const loudNight = rand() < point.nightRisk;
  const loudDay = rand() < point.nightRisk / 4;
  const day = loudDay
    ? noiseLimit(point.zone, 'day') + 0.5 + 3 * rand()
    : noiseLimit(point.zone, 'day') - point.margin - weekend + 3 * (rand() - 0.5);
  const night = loudNight
    ? noiseLimit(point.zone, 'night') + 0.5 + 4 * rand()
    : noiseLimit(point.zone, 'night') - point.margin + 3 * (rand() - 0.5);
  return { leq_day: round(day, 1), leq_night: round(night, 1) };
}

/** Daily noise values as '1d' readings for days [fromDayMs, toDayMs) (Shanghai day starts in UTC ms). */
export function noiseReadings(point: DemoNoisePoint, stationId: string, fromDayMs: number, toDayMs: number): Reading[] {
  const out: Reading[] = [];
  for (let t = fromDayMs; t < toDayMs; t += DAY) {
    for (const [parameter, value] of Object.entries(demoNoiseDay(point, t)))
      out.push(reading(stationId, parameter, '1d', t, value));
  }
  return out;
}

/** A dose rate (nGy/h) inside the station's background range: centred, a little seasonal, rainy periods higher. */
function doseRate(s: DemoRadiationStation, t: number): number {
  const rand = seededRng(seedOf(s.code) * 17 + Math.floor(t / HOUR));
  const mid = (s.backgroundMin + s.backgroundMax) / 2;
  const span = s.backgroundMax - s.backgroundMin;
  const wet = Math.cos((2 * Math.PI * (new Date(t).getUTCMonth() - 6)) / 12);
  const v = mid + span * (0.06 * wet + 0.15 * (noise(rand, 0.5) - 1));
  return round(Math.min(s.backgroundMax - 1, Math.max(s.backgroundMin + 1, v)), 1);
}

/**
 * Dose rates: daily values for [fromDayMs, hourlyFromMs), hourly ones for [hourlyFromMs, toHourMs).
 * The last hour is lifted by `latestBump` × backgroundMax when set, so one station reads above background.
 */
export function radiationReadings(
  s: DemoRadiationStation,
  stationId: string,
  fromDayMs: number,
  hourlyFromMs: number,
  toHourMs: number,
): Reading[] {
  const out: Reading[] = [];
  for (let t = fromDayMs; t < hourlyFromMs; t += DAY)
    out.push(reading(stationId, 'dose_rate', '1d', t, doseRate(s, t)));
  for (let t = hourlyFromMs; t < toHourMs; t += HOUR) {
    const isLast = t + HOUR >= toHourMs;
    out.push(
      reading(
        stationId,
        'dose_rate',
        '1h',
        t,
        isLast && s.latestBump > 0 ? round(s.backgroundMax * s.latestBump, 1) : doseRate(s, t),
      ),
    );
  }
  return out;
}
