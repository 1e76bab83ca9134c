import { POLLUTANTS, type Pollutant } from '@ecocloud/standards';
import type { RowError } from './calc.shared';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** A "day" is the natural day in Asia/Shanghai (UTC+8, no daylight saving). */
const UTC8_MS = 8 * HOUR_MS;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** One station's hourly series; hour index 0 = 00:00-01:00 of `firstDay` (UTC+8). */
export interface StationSeries {
  station: string;
  city: string;
  /** Days since 1970-01-01 in UTC+8. */
  firstDay: number;
  days: number;
  hours: Record<Pollutant, Float64Array>;
  /** Day offsets (from firstDay) that have at least one input row. */
  daysWithData: Set<number>;
}

/** `YYYY-MM-DD` of a UTC+8 day number. */
export const dayToDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

interface ParsedRow {
  n: number;
  station: string;
  city: string;
  hourIndex: number;
  values: Record<Pollutant, number>;
}

function parseRow(row: Record<string, string>, n: number, labelEnd: boolean, errors: RowError[]): ParsedRow | null {
  const station = (row.station ?? '').trim();
  const city = (row.city ?? '').trim();
  const time = (row.time ?? '').trim();
  if (!station || !city) {
    errors.push({ row: n, reason: 'station and city are required' });
    return null;
  }
  const ms = ISO_WITH_OFFSET.test(time) ? Date.parse(time) : Number.NaN;
  if (Number.isNaN(ms)) {
    errors.push({ row: n, reason: `time is not ISO 8601 with an offset: ${time || '(empty)'}` });
    return null;
  }
  if ((ms + UTC8_MS) % HOUR_MS !== 0) {
    errors.push({ row: n, reason: `time is not on a whole hour: ${time}` });
    return null;
  }
  const values = {} as Record<Pollutant, number>;
  for (const p of POLLUTANTS) {
    const cell = (row[p] ?? '').trim();
    const v = cell === '' ? Number.NaN : Number(cell);
    if (cell !== '' && (!Number.isFinite(v) || v < 0))
      errors.push({ row: n, reason: `column ${p}: not a non-negative number: ${cell} (treated as missing)` });
    values[p] = Number.isFinite(v) && v >= 0 ? v : Number.NaN;
  }
  // HJ 212 labels an hour by its start; bulletins by its end (PRODUCT.md "Time").
  const start = labelEnd ? ms - HOUR_MS : ms;
  return { n, station, city, hourIndex: Math.floor((start + UTC8_MS) / HOUR_MS), values };
}

/**
 * Hourly CSV rows (station, city, time, so2, no2, co, o3, pm10, pm2_5) → one series per station.
 * Bad rows are reported in `errors` and skipped; bad cells are reported and treated as missing.
 */
export function buildStationSeries(
  rows: Record<string, string>[],
  timeLabel: 'start' | 'end',
  errors: RowError[],
): StationSeries[] {
  const parsed = new Map<string, ParsedRow[]>();
  rows.forEach((row, i) => {
    const p = parseRow(row, i + 1, timeLabel === 'end', errors);
    if (!p) return;
    const list = parsed.get(p.station) ?? [];
    if (list.length > 0 && (list[0] as ParsedRow).city !== p.city) {
      errors.push({
        row: i + 1,
        reason: `station ${p.station} is in city ${(list[0] as ParsedRow).city}, not ${p.city}`,
      });
      return;
    }
    list.push(p);
    parsed.set(p.station, list);
  });
  const out: StationSeries[] = [];
  for (const [station, list] of parsed) {
    const firstDay = Math.floor(Math.min(...list.map((r) => r.hourIndex)) / 24);
    const days = Math.floor(Math.max(...list.map((r) => r.hourIndex)) / 24) - firstDay + 1;
    const hours = Object.fromEntries(
      POLLUTANTS.map((p) => [p, new Float64Array(days * 24).fill(Number.NaN)]),
    ) as Record<Pollutant, Float64Array>;
    const seen = new Uint8Array(days * 24);
    const daysWithData = new Set<number>();
    for (const r of list) {
      const idx = r.hourIndex - firstDay * 24;
      if (seen[idx]) {
        errors.push({ row: r.n, reason: `duplicate hour for station ${station} (row skipped)` });
        continue;
      }
      seen[idx] = 1;
      daysWithData.add(Math.floor(idx / 24));
      for (const p of POLLUTANTS) (hours[p] as Float64Array)[idx] = r.values[p];
    }
    out.push({ station, city: (list[0] as ParsedRow).city, firstDay, days, hours, daysWithData });
  }
  return out;
}
