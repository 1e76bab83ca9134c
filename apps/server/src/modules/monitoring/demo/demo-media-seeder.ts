import type { AppDeps } from '../../../app-deps';
import type { Reading } from '../ingest/reading';
import { insertStation } from '../stations/stations.service';
import {
  DEMO_NOISE_POINTS,
  DEMO_RADIATION_STATIONS,
  DEMO_SEA_POINTS,
  NOISE_PARAMETERS,
  SEA_PARAMETERS,
} from './demo-media-network';
import { noiseReadings, radiationReadings, seaSurveyReadings } from './demo-media-history';

/** The code that tells whether the other-media points are already there (older demo databases lack them). */
export const MEDIA_MARKER_CODE = DEMO_SEA_POINTS[0]!.code;

/** Sea points, noise points and radiation stations of the demo (kinds 'sea', 'noise', 'radiation'). */
export async function seedMediaNetwork({ db, clock }: Pick<AppDeps, 'db' | 'clock'>): Promise<void> {
  for (const p of DEMO_SEA_POINTS) {
    // Three surveys a year: liveness is judged against the longest gap (winter to spring).
    await insertStation({ db: db, clock: clock }, null, {
      code: p.code,
      name: p.name,
      kind: 'sea',
      regionCode: p.regionCode,
      lon: p.lon,
      lat: p.lat,
      parameters: SEA_PARAMETERS,
      attrs: { intervalSeconds: 86_400 * 180 },
    });
  }
  for (const p of DEMO_NOISE_POINTS) {
    await insertStation({ db: db, clock: clock }, null, {
      code: p.code,
      name: p.name,
      kind: 'noise',
      regionCode: p.regionCode,
      lon: p.lon,
      lat: p.lat,
      parameters: NOISE_PARAMETERS,
      attrs: { noiseZone: p.zone, intervalSeconds: 86_400 * 2 },
    });
  }
  for (const s of DEMO_RADIATION_STATIONS) {
    await insertStation({ db: db, clock: clock }, null, {
      code: s.code,
      name: s.name,
      kind: 'radiation',
      regionCode: s.regionCode,
      lon: s.lon,
      lat: s.lat,
      parameters: ['dose_rate'],
      attrs: {
        backgroundMin: s.backgroundMin,
        backgroundMax: s.backgroundMax,
        investigationLevel: s.investigationLevel,
        intervalSeconds: 3600,
      },
    });
  }
}

/**
 * History of the other media: sea surveys in [fromDayMs, nowMs), daily noise values in
 * [fromDayMs, todayMs) (a day's Leq exists once the day is over), radiation daily values up to
 * `hourlyFromMs` then hourly ones up to `toHourMs`.
 */
export function mediaHistoryReadings(
  ids: ReadonlyMap<string, string>,
  r: { fromDayMs: number; todayMs: number; hourlyFromMs: number; toHourMs: number; nowMs: number },
): Reading[] {
  const out: Reading[] = [];
  const idOf = (code: string) => ids.get(code) ?? '';
  for (const p of DEMO_SEA_POINTS) out.push(...seaSurveyReadings(p, idOf(p.code), r.fromDayMs, r.nowMs));
  for (const p of DEMO_NOISE_POINTS) out.push(...noiseReadings(p, idOf(p.code), r.fromDayMs, r.todayMs));
  for (const s of DEMO_RADIATION_STATIONS)
    out.push(...radiationReadings(s, idOf(s.code), r.fromDayMs, r.hourlyFromMs, r.toHourMs));
  return out.filter((x) => x.stationId !== '');
}
