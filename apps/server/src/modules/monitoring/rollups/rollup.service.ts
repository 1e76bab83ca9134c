import type { Kysely } from 'kysely';
import { isMonthValid, MIN_DAYS_PER_YEAR } from '@ecocloud/standards';
import type { Database } from '../../../db/schema';
import type { Clock } from '../../../platform/clock';
import { isValidFlag, shanghaiDate, shanghaiDateStart } from '../ingest/reading';
import { rollupDay, rollupPeriod } from './day-rollup';
import {
  deleteDirtyDay,
  deleteRollups,
  dirtyDaysHead,
  hourlyAndDailyObservations,
  insertRollups,
  observedStationStarts,
  queueDirty,
  rollupsOfStation,
  stationIntervalOf,
} from './rollups.repository';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * Recomputes several days of one station: one read of their observations and one write of their
 * rollups, so draining a large queue (a year of history, an import) costs a few queries per station,
 * not per day.
 */
async function recomputeStationDays(
  db: Kysely<Database>,
  clock: Clock,
  stationId: string,
  days: readonly string[],
): Promise<void> {
  if (days.length === 0) return;
  const interval = await stationIntervalOf(db, stationId);
  if (interval === undefined) return;
  const starts = [...new Set(days)].sort().map((day) => shanghaiDateStart(day));
  const byDay = new Map<
    number,
    { hourly: Map<string, Float64Array>; daily: { parameter: string; value: number | null; isValid: boolean }[] }
  >(starts.map((start) => [Date.parse(start), { hourly: new Map(), daily: [] }]));
  // Contiguous runs of days are read with one query each (a sparse queue does not read the gaps).
  const runs: [from: number, to: number][] = [];
  for (const t of byDay.keys()) {
    const last = runs.at(-1);
    if (last && t - last[1] <= 7 * DAY) last[1] = t + DAY;
    else runs.push([t, t + DAY]);
  }
  for (const [from, to] of runs) {
    const rows = await hourlyAndDailyObservations(
      db,
      stationId,
      new Date(from).toISOString(),
      new Date(to).toISOString(),
    );
    for (const r of rows) {
      const at = Date.parse(r.period_start);
      // The Shanghai day holding this instant (UTC+8, no daylight saving).
      const start = Math.floor((at + 8 * HOUR) / DAY) * DAY - 8 * HOUR;
      const bucket = byDay.get(start);
      if (!bucket) continue;
      const ok = r.value !== null && isValidFlag(r.flag);
      if (r.period === '1d') {
        bucket.daily.push({ parameter: r.parameter, value: ok ? r.value : null, isValid: ok });
        continue;
      }
      const slots = bucket.hourly.get(r.parameter) ?? new Float64Array(24).fill(NaN);
      bucket.hourly.set(r.parameter, slots);
      slots[Math.floor((at - start) / HOUR)] = ok ? r.value! : NaN;
    }
  }
  const now = clock.now().toISOString();
  const out = [...byDay].flatMap(([startMs, { hourly, daily }]) =>
    [
      ...rollupDay(hourly, Math.round((24 * 3600) / Math.max(60, interval))),
      ...daily
        .filter((d) => !hourly.has(d.parameter))
        .map((d) => ({
          parameter: d.parameter,
          count: d.isValid ? 1 : 0,
          expected: 1,
          mean: d.value,
          min: d.value,
          max: d.value,
          isValid: d.isValid,
        })),
    ].map((v) => ({
      station_id: stationId,
      parameter: v.parameter,
      period: '1d',
      period_start: new Date(startMs).toISOString(),
      count: v.count,
      expected: v.expected,
      mean: v.mean,
      min: v.min,
      max: v.max,
      is_valid: v.isValid ? 1 : 0,
      updated_at: now,
    })),
  );
  await deleteRollups(db, stationId, '1d', starts);
  await insertRollups(db, out);
}

/** Several months and years of one station from one read of its day rollups. */
async function recomputePeriods(
  db: Kysely<Database>,
  now: string,
  stationId: string,
  periods: readonly [key: string, period: '1mo' | '1y'][],
): Promise<void> {
  if (periods.length === 0) return;
  const spans = periods.map(([key, period]) => ({
    key,
    period,
    start: shanghaiDateStart(period === '1mo' ? `${key}-01` : `${key}-01-01`),
    end: shanghaiDateStart(period === '1mo' ? nextMonth(key) : `${Number(key) + 1}-01-01`),
  }));
  const from = spans.reduce((m, x) => (x.start < m ? x.start : m), spans[0]!.start);
  const to = spans.reduce((m, x) => (x.end > m ? x.end : m), spans[0]!.end);
  const days = (await rollupsOfStation(db, stationId, from, to)).filter((d) => d.period === '1d');
  const rows = spans.flatMap(({ key, period, start, end }) => {
    const byParam = new Map<string, { mean: number | null; isValid: boolean }[]>();
    for (const d of days) {
      if (d.period_start < start || d.period_start >= end) continue;
      const list = byParam.get(d.parameter) ?? [];
      byParam.set(d.parameter, list);
      list.push({ mean: d.mean, isValid: d.is_valid === 1 });
    }
    const expected = period === '1mo' ? daysInMonth(key) : (Date.parse(end) - Date.parse(start)) / (24 * HOUR);
    const month = Number(key.slice(5, 7));
    const rule = period === '1mo' ? (n: number) => isMonthValid(n, month) : (n: number) => n >= MIN_DAYS_PER_YEAR;
    return [...byParam].map(([parameter, list]) => {
      const r = rollupPeriod(list, expected, rule);
      return {
        station_id: stationId,
        parameter,
        period,
        period_start: start,
        count: r.count,
        expected: r.expected,
        mean: r.mean,
        min: r.min,
        max: r.max,
        is_valid: r.isValid ? 1 : 0,
        updated_at: now,
      };
    });
  });
  for (const { period, start } of spans) await deleteRollups(db, stationId, period, [start]);
  await insertRollups(db, rows);
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
  const batch = await dirtyDaysHead(db, limit);
  if (batch.length === 0) return 0;
  await db.transaction().execute(async (trx) => {
    const periods = new Map<string, Map<string, [string, '1mo' | '1y']>>();
    const daysOf = new Map<string, string[]>();
    for (const d of batch) {
      const list = daysOf.get(d.station_id) ?? [];
      daysOf.set(d.station_id, list);
      list.push(d.day);
    }
    for (const [stationId, days] of daysOf) await recomputeStationDays(trx, clock, stationId, days);
    for (const d of batch) {
      await deleteDirtyDay(trx, d.station_id, d.day);
      const mine = periods.get(d.station_id) ?? new Map<string, [string, '1mo' | '1y']>();
      periods.set(d.station_id, mine);
      mine.set(d.day.slice(0, 7), [d.day.slice(0, 7), '1mo']);
      mine.set(d.day.slice(0, 4), [d.day.slice(0, 4), '1y']);
    }
    const now = clock.now().toISOString();
    for (const [stationId, mine] of periods) await recomputePeriods(trx, now, stationId, [...mine.values()]);
  });
  return batch.length;
}

/** `ecocloud rollup rebuild`: marks every station-day with data dirty, then drains the queue. */
export async function rebuildRollups(
  db: Kysely<Database>,
  clock: Clock,
  onProgress?: (done: number) => void,
): Promise<number> {
  const days = await observedStationStarts(db);
  const keys = new Map(
    days.map((d) => [
      `${d.station_id}|${shanghaiDate(d.period_start)}`,
      { station_id: d.station_id, day: shanghaiDate(d.period_start) },
    ]),
  );
  const rows = [...keys.values()];
  await queueDirty(db, rows);
  let done = 0;
  for (let n = await processDirtyRollups(db, clock, 500); n > 0; n = await processDirtyRollups(db, clock, 500)) {
    done += n;
    onProgress?.(done);
  }
  return done;
}
