/**
 * The stored path's data and queries (compliance-stored.ts): the hourly part's month as `compliance_hours`
 * rows, the generator's own totals (the oracle every engine is checked against), the app's JS reduction of
 * stored rows, and the same reduction as SQL that SQLite and DuckDB both run.
 */
import type { JudgedHourRow, StoredHourRow } from '../apps/server/src/modules/compliance/judge/compliance.repository';
import { FLOW, HOURS, JUDGED, MULTIPLE_DECIMALS } from './compliance-data';

/** The stored pollutants: SO2, NOx and PM of the hourly part's columns (CO left out to keep the run short). */
export const STORED = JUDGED.slice(0, 3);

/** The month stored: 2026-11-01T00:00Z + h hours. */
const MONTH_START = Date.parse('2026-11-01T00:00:00Z');
const HOUR_ISO = Array.from({ length: HOURS + 1 }, (_, h) => new Date(MONTH_START + h * 3_600_000).toISOString());
export const FROM = HOUR_ISO[0] as string;
export const TO = HOUR_ISO[HOURS] as string;
const JUDGED_AT = '2026-12-01T00:05:00.000Z';

export const outletId = (o: number): string => `bench-o${String(o).padStart(5, '0')}`;

/** What an engine finds (or the generator stored): hours, valid and exceeding hours, amount, runs. */
export type Totals = { hours: number; valid: number; exceeded: number; amount: number; runs: number; runHours: number };
export const emptyTotals = (): Totals => ({ hours: 0, valid: 0, exceeded: 0, amount: 0, runs: 0, runHours: 0 });

export const COLUMNS = [
  'outlet_id',
  'pollutant',
  'hour_start',
  'valid_minutes',
  'valid',
  'mean',
  'o2_mean',
  'converted',
  'limit_value',
  'exceeded',
  'multiple',
  'note',
  'judged_at',
  'received_minutes',
  'flow_mean',
  'amount_kg',
] as const;

/**
 * One outlet's stored hours in the server's row shape, pollutant by pollutant (the hourly values are the
 * judged ones: `converted` = `mean`; NaN = an invalid hour, stored too, as the judge does); adds them to `oracle`.
 */
export function rowsOf(o: number, cols: readonly Float64Array[], oracle: Totals): JudgedHourRow[] {
  const rows: JudgedHourRow[] = [];
  const flow = cols[JUDGED.length] as Float64Array;
  STORED.forEach((p, j) => {
    const scale = 10 ** p.decimals;
    const limitScaled = (p.limit as number) * scale;
    const values = cols[j] as Float64Array;
    let run = 0;
    for (let h = 0; h < HOURS; h++) {
      const raw = values[h] as number;
      const valid = raw === raw;
      const mean = valid ? raw / scale : null;
      const flowMean = (flow[h] as number) / 10 ** FLOW.decimals;
      const exceeded = valid ? (raw > limitScaled ? 1 : 0) : null;
      const amount = mean === null ? null : (mean * flowMean) / 1e6;
      rows.push({
        outlet_id: outletId(o),
        pollutant: p.name,
        hour_start: HOUR_ISO[h] as string,
        valid_minutes: valid ? 60 : 0,
        valid: valid ? 1 : 0,
        mean,
        o2_mean: null,
        converted: mean,
        limit_value: p.limit,
        exceeded,
        multiple:
          exceeded === 1
            ? Math.round(((raw - limitScaled) / limitScaled) * 10 ** MULTIPLE_DECIMALS) / 10 ** MULTIPLE_DECIMALS
            : null,
        note: valid ? '' : 'HOUR_INVALID',
        judged_at: JUDGED_AT,
        received_minutes: 60,
        flow_mean: flowMean,
        amount_kg: amount,
      });
      oracle.hours++;
      if (valid) oracle.valid++;
      if (amount !== null) oracle.amount += amount;
      if (exceeded === 1) {
        oracle.exceeded++;
        oracle.runHours++;
        if (run++ === 0) oracle.runs++;
      } else run = 0;
    }
  });
  return rows;
}

/** The app's reduction of stored rows (ordered by outlet, pollutant, hour): statistics and runs in one pass. */
export function reduceRows(rows: readonly StoredHourRow[], t: Totals): void {
  let key = '';
  let prevExceeded = false;
  for (const r of rows) {
    const k = `${r.outlet_id}|${r.pollutant}`;
    if (k !== key) {
      key = k;
      prevExceeded = false;
    }
    t.hours++;
    t.valid += r.valid;
    if (r.amount_kg !== null) t.amount += r.amount_kg;
    const exceeded = r.exceeded === 1;
    if (exceeded) {
      t.exceeded++;
      t.runHours++;
      if (!prevExceeded) t.runs++;
    }
    prevExceeded = exceeded;
  }
}

/**
 * The narrow read: the five columns the statistics and the runs need, in primary-key order, for one pass in
 * JS over raw rows (better-sqlite3's `raw()`: arrays, no object per row).
 */
export const narrowSql = (ids: readonly string[]): string =>
  `SELECT outlet_id, pollutant, valid, exceeded, amount_kg FROM compliance_hours WHERE ${monthOf(ids)} ORDER BY outlet_id, pollutant, hour_start`;

/** reduceRows over the narrow read's arrays [outlet_id, pollutant, valid, exceeded, amount_kg]. */
export function reduceNarrow(rows: Iterable<unknown[]>, t: Totals): void {
  let outlet: unknown = null;
  let pollutant: unknown = null;
  let prevExceeded = false;
  for (const r of rows) {
    if (r[0] !== outlet || r[1] !== pollutant) {
      outlet = r[0];
      pollutant = r[1];
      prevExceeded = false;
    }
    t.hours++;
    t.valid += r[2] as number;
    if (r[4] !== null) t.amount += r[4] as number;
    const exceeded = r[3] === 1;
    if (exceeded) {
      t.exceeded++;
      t.runHours++;
      if (!prevExceeded) t.runs++;
    }
    prevExceeded = exceeded;
  }
}

/**
 * The month's rows of some outlets (SQLite: a region's worth per query, as the server reads them, so the plan
 * walks the primary key in outlet, pollutant, hour order; over the whole table its planner takes the hour
 * index and sorts in a temporary B-tree, several times slower) or of all of them (DuckDB: one scan).
 */
const monthOf = (ids: readonly string[] | null): string =>
  `hour_start >= '${FROM}' AND hour_start < '${TO}'${ids ? ` AND outlet_id IN (${ids.map((id) => `'${id}'`).join(', ')})` : ''}`;

/** Per outlet × pollutant statistics (what the enterprise summary and the metrics compute). */
export const statsSql = (ids: readonly string[] | null): string => `SELECT outlet_id, pollutant, count(*) AS hours,
  sum(valid) AS valid_hours, sum(CASE WHEN exceeded = 1 THEN 1 ELSE 0 END) AS exceeded_hours,
  sum(amount_kg) AS amount_kg, max(multiple) AS peak_multiple
FROM compliance_hours WHERE ${monthOf(ids)} GROUP BY outlet_id, pollutant`;

/**
 * Exceedance runs (what exceedance_events hold) as gaps and islands: every hour has its row (the judge
 * stores hours without data too), so within an outlet × pollutant the exceeding hours of one run share
 * rank-among-all − rank-among-exceeding.
 */
export const runsSql = (ids: readonly string[] | null): string => `WITH ranked AS (
  SELECT outlet_id, pollutant, hour_start, converted, exceeded,
    row_number() OVER (PARTITION BY outlet_id, pollutant ORDER BY hour_start) AS rn
  FROM compliance_hours WHERE ${monthOf(ids)}
), islands AS (
  SELECT outlet_id, pollutant, hour_start, converted,
    rn - row_number() OVER (PARTITION BY outlet_id, pollutant ORDER BY hour_start) AS island
  FROM ranked WHERE exceeded = 1
)
SELECT outlet_id, pollutant, min(hour_start) AS start, count(*) AS hours, max(converted) AS peak
FROM islands GROUP BY outlet_id, pollutant, island`;

export type StatsRow = {
  hours: number | bigint;
  valid_hours: number | bigint;
  exceeded_hours: number | bigint;
  amount_kg: number | null;
};
export type RunRow = { hours: number | bigint };

export function totalsOf(stats: readonly StatsRow[], runs: readonly RunRow[]): Totals {
  const t = emptyTotals();
  for (const s of stats) {
    t.hours += Number(s.hours);
    t.valid += Number(s.valid_hours);
    t.exceeded += Number(s.exceeded_hours);
    t.amount += Number(s.amount_kg ?? 0);
  }
  t.runs = runs.length;
  for (const r of runs) t.runHours += Number(r.hours);
  return t;
}

/** Counts must be equal; the amount (a sum of doubles in another order) within 1e-9 relative. */
export function agree(label: string, mine: Totals, oracle: Totals): string {
  const bad = (Object.keys(oracle) as (keyof Totals)[]).filter((k) =>
    k === 'amount' ? Math.abs(mine[k] - oracle[k]) > 1e-9 * Math.abs(oracle[k]) : mine[k] !== oracle[k],
  );
  return bad.length === 0
    ? `${label} agrees`
    : `${label} DISAGREES on ${bad.map((k) => `${k} (${mine[k]} vs ${oracle[k]})`).join(', ')}`;
}
