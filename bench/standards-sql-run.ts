import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { percentile, percentileExact } from '@ecocloud/standards';
import { BENCH_POLLUTANTS, fillStationYear, HOURS_PER_YEAR, type BenchPollutant } from './standards-data';
import {
  DUCK_ANNUAL,
  DUCK_DAILY,
  DUCK_FINISH_LOAD,
  DUCK_QUANTILES,
  DUCK_SCHEMA,
  SQL_ANNUAL,
  SQL_DAILY,
  SQL_SCHEMA,
} from './standards-sql';

const now = (): number => performance.now();
/** Rows per SQLite INSERT: five days. 120 rows × 9 columns = 1,080 parameters, far under SQLite's 32,766. */
const BATCH_ROWS = 120;
/** Rows per DuckDB data chunk: 73 days. ≤ 2,048 (DuckDB's vector size) and 8,760 = 5 × 1,752, so every chunk is full. */
const CHUNK_ROWS = 1752;
const COLUMNS = 9;

/** The @duckdb/node-api module, imported by the caller (so a failed import can fall back to SQLite). */
export type DuckDB = typeof import('@duckdb/node-api');
type DuckConnection = Awaited<ReturnType<Awaited<ReturnType<DuckDB['DuckDBInstance']['create']>>['connect']>>;

export interface SqlRun {
  engine: string;
  loadMs: number;
  ms: number;
  rows: Record<string, number | null>[];
  /** DuckDB only: quantile_cont vs the package's `percentile` on every station's daily values. */
  quantileCheck?: QuantileCheck;
}

interface QuantileCheck {
  compared: number;
  equal: number;
  exact: number;
  maxDiff: number;
}

/** Progress on stderr every 10 % of `n` (so a 2,000-station run shows it is alive). */
export function progress(label: string, n: number): (i: number) => void {
  const every = Math.max(1, Math.floor(n / 10));
  return (i) => {
    if ((i + 1) % every === 0 || i + 1 === n) process.stderr.write(`  ${label}: ${i + 1}/${n} stations\n`);
  };
}

/**
 * Generates each station's year and converts it to Int32Array columns (integer µg/m³, CO in
 * 0.1 mg/m³, −1 = missing), then hands them to `load`. Returns the time spent generating, which
 * the callers subtract: only the load itself is timed.
 */
function eachStation(n: number, label: string, load: (s: number, ints: Int32Array[]) => void): number {
  const year = Object.fromEntries(BENCH_POLLUTANTS.map((p) => [p, new Float64Array(HOURS_PER_YEAR)])) as Record<
    BenchPollutant,
    Float64Array
  >;
  const ints = BENCH_POLLUTANTS.map(() => new Int32Array(HOURS_PER_YEAR));
  const report = progress(label, n);
  let genMs = 0;
  for (let s = 0; s < n; s++) {
    const g = now();
    fillStationYear(s, year);
    BENCH_POLLUTANTS.forEach((p, j) => {
      const src = year[p];
      const dst = ints[j] as Int32Array;
      const scale = p === 'co' ? 10 : 1;
      for (let h = 0; h < HOURS_PER_YEAR; h++)
        dst[h] = Number.isNaN(src[h]) ? -1 : Math.round((src[h] as number) * scale);
    });
    genMs += now() - g;
    load(s, ints);
    report(s);
  }
  return genMs;
}

/**
 * Loads n stations' years into an in-memory DuckDB and runs the annual SQL. The load goes
 * through the appender one data chunk (1,752 rows) at a time, each column written from the
 * Int32Array columns, so there is no per-row call into the native side; −1 becomes NULL in SQL.
 */
export async function annualDuckDb(duck: DuckDB, n: number): Promise<SqlRun> {
  const instance = await duck.DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  try {
    await con.run(DUCK_SCHEMA);
    const threads = (await con.runAndReadAll(`SELECT current_setting('threads') AS t`)).getRowObjectsJS()[0]?.t;
    const appender = await con.createAppender('hourly_raw');
    const chunk = duck.DuckDBDataChunk.create(
      Array.from({ length: COLUMNS }, () => duck.INTEGER),
      CHUNK_ROWS,
    );
    const vectors = Array.from(
      { length: COLUMNS },
      (_, j) => chunk.getColumnVector(j) as InstanceType<typeof duck.DuckDBIntegerVector>,
    );
    const [vStation, vDay, vHour] = vectors as [(typeof vectors)[0], (typeof vectors)[0], (typeof vectors)[0]];
    const t = now();
    const genMs = eachStation(n, 'DuckDB load', (s, ints) => {
      for (let h0 = 0; h0 < HOURS_PER_YEAR; h0 += CHUNK_ROWS) {
        for (let r = 0; r < CHUNK_ROWS; r++) {
          const h = h0 + r;
          vStation.setItem(r, s);
          vDay.setItem(r, Math.floor(h / 24));
          vHour.setItem(r, h % 24);
        }
        for (let j = 0; j < 6; j++) {
          const src = ints[j] as Int32Array;
          const v = vectors[3 + j] as typeof vStation;
          for (let r = 0; r < CHUNK_ROWS; r++) v.setItem(r, src[h0 + r] as number);
        }
        for (const v of vectors) v.flush();
        appender.appendDataChunk(chunk);
      }
    });
    appender.flushSync();
    appender.closeSync();
    await con.run(DUCK_FINISH_LOAD);
    const loadMs = now() - t - genMs;
    const q = now();
    await con.run(DUCK_DAILY);
    const rows = (await con.runAndReadAll(DUCK_ANNUAL)).getRowObjectsJS() as Record<string, number | null>[];
    const ms = now() - q;
    return {
      engine: `DuckDB ${duck.version()} (${String(threads)} threads)`,
      loadMs,
      ms,
      rows,
      quantileCheck: await checkQuantiles(con),
    };
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

/**
 * Compares DuckDB's quantile_cont with the package's HJ 663 percentile on the same daily values
 * (not timed): `equal` counts identical doubles (`percentile()`); `exact` counts those where
 * round(100 · quantile_cont) — what the SQL rounds — is exactly 100 × `percentileExact()`.
 */
async function checkQuantiles(con: DuckConnection): Promise<QuantileCheck> {
  const rows = (await con.runAndReadAll(DUCK_QUANTILES)).getRowObjectsJS();
  const c: QuantileCheck = { compared: 0, equal: 0, exact: 0, maxDiff: 0 };
  const one = (list: unknown, q: unknown, p: number): void => {
    const values = Float64Array.from(list as (number | null)[], (v) => v ?? Number.NaN);
    const mine = percentile(values, p);
    const exact = percentileExact(values, p);
    c.compared++;
    if (mine === null || exact === null || typeof q !== 'number') {
      if (mine === q) {
        c.equal++;
        c.exact++;
      }
      return;
    }
    if (mine === q) c.equal++;
    c.maxDiff = Math.max(c.maxDiff, Math.abs(mine - q));
    const hundred = { n: 100n * exact.n, d: exact.d };
    if (hundred.n % hundred.d === 0n && BigInt(Math.round(100 * q)) === hundred.n / hundred.d) c.exact++;
  };
  for (const r of rows) {
    one(r.co10, r.q_co10, 95);
    one(r.o3_8h, r.q_o3, 90);
  }
  return c;
}

/**
 * The fallback: loads n stations' years into SQLite and runs the annual SQL. One transaction and
 * one prepared multi-row INSERT fed from the Int32Array columns, as a bulk loader would do it.
 */
export function annualSqlite(n: number): SqlRun {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-standards-'));
  const db = new Database(path.join(dir, 'bench.db'));
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(SQL_SCHEMA);
    const insert = db.prepare(
      `INSERT INTO hourly VALUES ${Array.from({ length: BATCH_ROWS }, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    );
    const params: (number | null)[] = new Array<number | null>(BATCH_ROWS * COLUMNS).fill(null);
    const t = now();
    let genMs = 0;
    db.transaction(() => {
      genMs = eachStation(n, 'SQLite load', (s, ints) => {
        // 8,760 = 73 × 120: every batch is full.
        for (let h0 = 0; h0 < HOURS_PER_YEAR; h0 += BATCH_ROWS) {
          for (let r = 0; r < BATCH_ROWS; r++) {
            const h = h0 + r;
            const o = r * COLUMNS;
            params[o] = s;
            params[o + 1] = Math.floor(h / 24);
            params[o + 2] = h % 24;
            for (let j = 0; j < 6; j++) {
              const v = (ints[j] as Int32Array)[h] as number;
              params[o + 3 + j] = v < 0 ? null : v;
            }
          }
          insert.run(params);
        }
      });
    })();
    const loadMs = now() - t - genMs;
    const q = now();
    db.exec(SQL_DAILY);
    const rows = db.prepare(SQL_ANNUAL).all() as Record<string, number | null>[];
    return { engine: 'SQLite (better-sqlite3)', loadMs, ms: now() - q, rows };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
