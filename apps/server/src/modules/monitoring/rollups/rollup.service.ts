import type { Kysely } from 'kysely';
import { isMonthValid, MIN_DAYS_PER_YEAR } from '@ecocloud/standards';
import type { Database } from '../../../db/schema';
import type { Clock } from '../../../platform/clock';
import { isValidFlag, shanghaiDate, shanghaiDateStart } from '../ingest/reading';
import { rollupDay, rollupPeriod } from './day-rollup';

const HOUR = 3600_000;

function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Recomputes one station-day (all parameters); months and years are recomputed by the caller. */
export async function recomputeStationDay(db: Kysely<Database>, clock: Clock, stationId: string, day: string): Promise<void> {
  const start = shanghaiDateStart(day);
  const end = new Date(Date.parse(start) + 24 * HOUR).toISOString();
  const station = await db.selectFrom('stations').select(['attrs']).where('id', '=', stationId).executeTakeFirst();
  if (!station) return;
  const interval = Number((JSON.parse(station.attrs) as { intervalSeconds?: number }).intervalSeconds ?? 3600);
  const rows = await db.selectFrom('observations').select(['parameter', 'period', 'period_start', 'value', 'flag'])
    .where('station_id', '=', stationId).where('period', 'in', ['1h', '1d'])
    .where('period_start', '>=', start).where('period_start', '<', end).execute();
  const hourly = new Map<string, Float64Array>();
  const daily: { parameter: string; value: number | null; isValid: boolean }[] = [];
  for (const r of rows) {
    const ok = r.value !== null && isValidFlag(r.flag);
    if (r.period === '1d') { daily.push({ parameter: r.parameter, value: ok ? r.value : null, isValid: ok }); continue; }
    const slots = hourly.get(r.parameter) ?? new Float64Array(24).fill(NaN);
    hourly.set(r.parameter, slots);
    slots[Math.floor((Date.parse(r.period_start) - Date.parse(start)) / HOUR)] = ok ? r.value! : NaN;
  }
  const values = [
    ...rollupDay(hourly, Math.round((24 * 3600) / Math.max(60, interval))),
    ...daily.filter((d) => !hourly.has(d.parameter)).map((d) => ({ parameter: d.parameter, count: d.isValid ? 1 : 0, expected: 1, mean: d.value, min: d.value, max: d.value, isValid: d.isValid })),
  ];
  const now = clock.now().toISOString();
  await db.deleteFrom('observation_rollups').where('station_id', '=', stationId).where('period', '=', '1d').where('period_start', '=', start).execute();
  if (values.length) {
    await db.insertInto('observation_rollups').values(values.map((v) => ({
      station_id: stationId, parameter: v.parameter, period: '1d', period_start: start, count: v.count, expected: v.expected,
      mean: v.mean, min: v.min, max: v.max, is_valid: v.isValid ? 1 : 0, updated_at: now,
    }))).execute();
  }
}

/** Month and year rollups from the day rollups: valid-day counts judged by GB 3095 表4. */
export async function recomputePeriod(db: Kysely<Database>, now: string, stationId: string, key: string, period: '1mo' | '1y'): Promise<void> {
  const first = period === '1mo' ? `${key}-01` : `${key}-01-01`;
  const start = shanghaiDateStart(first);
  const endDate = period === '1mo' ? nextMonth(key) : `${Number(key) + 1}-01-01`;
  const end = shanghaiDateStart(endDate);
  const days = await db.selectFrom('observation_rollups').select(['parameter', 'mean', 'is_valid'])
    .where('station_id', '=', stationId).where('period', '=', '1d').where('period_start', '>=', start).where('period_start', '<', end).execute();
  const byParam = new Map<string, { mean: number | null; isValid: boolean }[]>();
  for (const d of days) byParam.set(d.parameter, [...(byParam.get(d.parameter) ?? []), { mean: d.mean, isValid: d.is_valid === 1 }]);
  const expected = period === '1mo' ? daysInMonth(key) : (Date.parse(end) - Date.parse(start)) / (24 * HOUR);
  const month = Number(key.slice(5, 7));
  const rule = period === '1mo' ? (n: number) => isMonthValid(n, month) : (n: number) => n >= MIN_DAYS_PER_YEAR;
  await db.deleteFrom('observation_rollups').where('station_id', '=', stationId).where('period', '=', period).where('period_start', '=', start).execute();
  const rows = [...byParam].map(([parameter, list]) => {
    const r = rollupPeriod(list, expected, rule);
    return { station_id: stationId, parameter, period, period_start: start, count: r.count, expected: r.expected, mean: r.mean, min: r.min, max: r.max, is_valid: r.isValid ? 1 : 0, updated_at: now };
  });
  if (rows.length) await db.insertInto('observation_rollups').values(rows).execute();
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * Drains one batch of the dirty-day queue: each day is recomputed, then each month and year the
 * batch touched, once. Returns how many station-days were recomputed.
 */
export async function processDirtyRollups(db: Kysely<Database>, clock: Clock, limit = 200): Promise<number> {
  const batch = await db.selectFrom('rollup_dirty').selectAll().orderBy('station_id').orderBy('day').limit(limit).execute();
  if (batch.length === 0) return 0;
  await db.transaction().execute(async (trx) => {
    const periods = new Map<string, [string, string, '1mo' | '1y']>();
    for (const d of batch) {
      await recomputeStationDay(trx, clock, d.station_id, d.day);
      await trx.deleteFrom('rollup_dirty').where('station_id', '=', d.station_id).where('day', '=', d.day).execute();
      periods.set(`${d.station_id}|${d.day.slice(0, 7)}`, [d.station_id, d.day.slice(0, 7), '1mo']);
      periods.set(`${d.station_id}|${d.day.slice(0, 4)}`, [d.station_id, d.day.slice(0, 4), '1y']);
    }
    const now = clock.now().toISOString();
    for (const [stationId, key, period] of periods.values()) await recomputePeriod(trx, now, stationId, key, period);
  });
  return batch.length;
}

/** `ecocloud rollup rebuild`: marks every station-day with data dirty, then drains the queue. */
export async function rebuildRollups(db: Kysely<Database>, clock: Clock, onProgress?: (done: number) => void): Promise<number> {
  const days = await db.selectFrom('observations').select(['station_id', 'period_start']).distinct().where('period', 'in', ['1h', '1d']).execute();
  const keys = new Map(days.map((d) => [`${d.station_id}|${shanghaiDate(d.period_start)}`, { station_id: d.station_id, day: shanghaiDate(d.period_start) }]));
  const rows = [...keys.values()];
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('rollup_dirty').values(rows.slice(i, i + 500)).onConflict((oc) => oc.doNothing()).execute();
  let done = 0;
  for (let n = await processDirtyRollups(db, clock, 500); n > 0; n = await processDirtyRollups(db, clock, 500)) {
    done += n;
    onProgress?.(done);
  }
  return done;
}
