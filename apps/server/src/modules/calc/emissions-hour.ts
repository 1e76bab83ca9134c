import {
  convertedHourlyMean,
  heavyMetalReferral,
  HEAVY_METAL_CITATION,
  hourlyMean,
  judgeHour,
  o2HourlyMean,
  summariseHour,
  toFixedExact,
  type EmissionSettings,
  type HourSummary,
  type JudgedHour,
  type MinuteValue,
  type Rational,
} from '@ecocloud/standards';
import { deriveNox, type HourBucket, type OutletLimit } from './emissions-input';

export const HOURLY_COLUMNS = [
  'outlet',
  'hour_start',
  'pollutant',
  'valid_minutes',
  'valid',
  'mean',
  'o2_mean',
  'converted',
  'limit',
  'exceeded',
  'multiple',
  'note',
] as const;

/** Concentrations to 3 places, multiples to 2, half to even (GB/T 8170); judged on the exact values. */
const conc = (r: Rational | null): string => (r === null ? '' : toFixedExact(r, 3));
const times = (r: Rational | null): string => (r === null ? '' : toFixedExact(r, 2));

/** `2026-03-02T08:00:00+08:00` for an instant shown in a UTC offset of `offsetMinutes`. */
export function formatLocal(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export interface JudgedBucket {
  readonly rows: string[][];
  readonly judged: { pollutant: string; hour: JudgedHour }[];
  readonly summaries: { pollutant: string; summary: HourSummary }[];
}

const NOT_JUDGED = new Set(['o2', 'flow']);

/**
 * One outlet's clock hour → hourly.csv rows, the judged hours (for runs) and the sign summaries.
 * `limitOf(pollutant)` looks the permit up. When a `nox` limit exists and only `no` and `no2` were
 * sent, NOx is derived minute by minute as NO2 (settings.noToNo2Factor).
 */
export function judgeBucket(
  outlet: string,
  hourStart: number,
  offsetMinutes: number,
  bucket: HourBucket,
  limitOf: (pollutant: string) => OutletLimit | undefined,
  settings: EmissionSettings,
): JudgedBucket {
  const summaries = [...bucket].map(([pollutant, minutes]) => ({
    pollutant,
    summary: summariseHour(hourStart, minutes),
  }));
  const series = new Map(bucket);
  const no = bucket.get('no');
  const no2 = bucket.get('no2');
  if (limitOf('nox') && !bucket.has('nox') && no && no2) series.set('nox', deriveNox(no, no2, settings));
  const o2: readonly (MinuteValue | undefined)[] = bucket.get('o2') ?? [];
  const o2Mean = o2HourlyMean(
    o2.filter((m): m is MinuteValue => m !== undefined),
    settings,
  );
  const rows: string[][] = [];
  const judged: { pollutant: string; hour: JudgedHour }[] = [];
  for (const pollutant of [...series.keys()].sort()) {
    if (NOT_JUDGED.has(pollutant)) continue;
    const minutes = series.get(pollutant) ?? [];
    const hm = hourlyMean(
      minutes.filter((m): m is MinuteValue => m !== undefined),
      settings,
    );
    const lim = limitOf(pollutant);
    const notes: string[] = [];
    let converted: Rational | null = null;
    let value: Rational | null = null;
    if (!hm.valid) notes.push('HOUR_INVALID');
    else if (!lim) notes.push('NO_LIMIT');
    else if (lim.o2Ref && lim.limit.kind === 'max') {
      const c = convertedHourlyMean(minutes, o2, lim.o2Ref, settings);
      if (c.ok) converted = value = c.value;
      else notes.push(c.reason);
    } else value = hm.mean;
    const j = value && lim ? judgeHour(value, lim.limit) : null;
    if (j?.exceeded && value && lim?.limit.kind === 'max') {
      const referral = heavyMetalReferral(lim.pollutant, value, lim.limit.max, settings);
      if (referral?.referral) notes.push(`HEAVY_METAL_REFERRAL ≥${referral.threshold}× ${HEAVY_METAL_CITATION}`);
    }
    if (j) judged.push({ pollutant, hour: { hourStart, value, exceeded: j.exceeded, multiple: j.multiple } });
    rows.push([
      outlet,
      formatLocal(hourStart, offsetMinutes),
      pollutant,
      String(hm.validMinutes),
      hm.valid ? 'yes' : 'no',
      conc(hm.mean),
      conc(o2Mean.mean),
      conc(converted),
      lim?.limitText ?? '',
      j ? (j.exceeded ? 'yes' : 'no') : '',
      times(j?.multiple ?? null),
      notes.join(';'),
    ]);
  }
  return { rows, judged, summaries };
}
