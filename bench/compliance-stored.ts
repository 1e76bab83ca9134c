/**
 * The stored path of `npm run bench -- compliance` (issue 16): the hourly part's month for 3,000 outlets (the
 * same generator; SO2, NOx and PM × 720 hours) stored as the server stores judged hours — `compliance_hours`
 * rows in a SQLite file made by the app's migrations — then read back the two ways the server needs: per
 * outlet × pollutant statistics (judged, valid and exceeding hours, emitted amount, peak multiple) and the
 * exceedance runs (consecutive exceeding hours). Engines on the same rows: a bare loop over the same values
 * in memory (the floor); the app's path (the repository's `hoursOf`, reduced in JS); the same reduction as
 * SQL on SQLite; DuckDB's SQL on a copy of the rows. Each engine's totals are checked against the generator's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createDb } from '../apps/server/src/db/database';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import {
  hoursOf,
  upsertHours,
  type JudgedHourRow,
} from '../apps/server/src/modules/compliance/judge/compliance.repository';
import { fillHours, FLOW, HOURS, JUDGED } from './compliance-data';
import type { DuckSide } from './compliance-duck';
import {
  agree,
  COLUMNS,
  emptyTotals,
  narrowSql,
  outletId,
  reduceNarrow,
  reduceRows,
  rowsOf,
  runsSql,
  statsSql,
  STORED,
  totalsOf,
  FROM,
  TO,
  type RunRow,
  type StatsRow,
} from './compliance-stored-rows';

const now = (): number => performance.now();
const perSec = (n: number, ms: number): string => `${(((n / ms) * 1000) / 1e6).toFixed(2)} M/s`;
const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
/** a / b as "2.50×" (a is that many times b). */
const times = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

/** Outlets whose rows go through the app's own write path (`upsertHours`, a statement per row): its rate. */
const APP_WRITE_OUTLETS = 5;
/** Outlets the app's read path runs on: it builds an object per row, so a sample keeps the run short (its rate is per value). */
const APP_READ_OUTLETS = Number(process.env.BENCH_COMPLIANCE_APP_READ_OUTLETS ?? 300);
/** Outlets per read (a region's outlets, as the metrics read them), per SQLite query and per bulk transaction. */
const OUTLETS_PER_READ = 100;

/** The floor: every stored value summed from the in-memory columns (NaN skipped), nothing else. */
function sumDefined(cols: readonly Float64Array[], count: number): number {
  let s = 0;
  for (let j = 0; j < count; j++) {
    const c = cols[j] as Float64Array;
    for (let i = 0; i < c.length; i++) {
      const x = c[i] as number;
      if (x === x) s += x;
    }
  }
  return s;
}

interface Vector {
  setItem(i: number, v: string | number | null): void;
  flush(): void;
}

/** DuckDB's copy of the columns the two queries read, one data chunk per outlet × pollutant (720 rows). */
async function duckLoader(duck: DuckSide) {
  const d = duck.duck;
  await duck.con.run(
    `CREATE TABLE compliance_hours (outlet_id VARCHAR, pollutant VARCHAR, hour_start VARCHAR, valid INTEGER, converted DOUBLE, exceeded INTEGER, multiple DOUBLE, amount_kg DOUBLE)`,
  );
  const types = [d.VARCHAR, d.VARCHAR, d.VARCHAR, d.INTEGER, d.DOUBLE, d.INTEGER, d.DOUBLE, d.DOUBLE];
  const chunk = d.DuckDBDataChunk.create(types, HOURS);
  const v = types.map((_, j) => chunk.getColumnVector(j) as unknown as Vector);
  const appender = await duck.con.createAppender('compliance_hours');
  const fields = (r: JudgedHourRow) =>
    [r.outlet_id, r.pollutant, r.hour_start, r.valid, r.converted, r.exceeded, r.multiple, r.amount_kg] as const;
  return {
    append(rows: readonly JudgedHourRow[]): void {
      for (let i = 0; i < rows.length; i += HOURS) {
        for (let r = 0; r < HOURS; r++)
          fields(rows[i + r] as JudgedHourRow).forEach((x, j) => (v[j] as Vector).setItem(r, x ?? null));
        for (const x of v) x.flush();
        appender.appendDataChunk(chunk);
      }
    },
    close(): void {
      appender.flushSync();
      appender.closeSync();
    },
  };
}

export async function storedPart(outlets: number, duck: DuckSide | null): Promise<void> {
  const values = outlets * HOURS * STORED.length;
  console.log(
    `hourly data, stored path: the same month as compliance_hours rows (SQLite file, the app's migrations): ${outlets} outlets × ${STORED.length} pollutants (${STORED.map((p) => p.name).join(', ')}) × ${HOURS} hours = ${(values / 1e6).toFixed(2)} M stored hourly values (rows)`,
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'ecocloud-bench-stored-'));
  const file = path.join(dir, 'stored.db');
  const db = createDb(file);
  const raw = new Database(file);
  try {
    await migrateToLatest(db);
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma(`cache_size = ${-1024 * 256}`);
    // Bulk-load practice: the hour index is dropped for the load and built again after it (timed with the load).
    raw.exec('DROP INDEX compliance_hours_hour_idx');
    const insert = raw.prepare(
      `INSERT INTO compliance_hours (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})`,
    );
    const insertMany = raw.transaction((rows: readonly JudgedHourRow[]) => {
      for (const r of rows) insert.run(r);
    });
    const cols = [...JUDGED, FLOW].map(() => new Float64Array(HOURS));
    const oracle = emptyTotals();
    const appOracle = emptyTotals();
    const loader = duck ? await duckLoader(duck) : null;
    const ms = { base: 0, appWrite: 0, bulk: 0, duckLoad: 0 };
    let appWriteRows = 0;
    let bulkRows = 0;
    let sink = 0;
    let pending: JudgedHourRow[] = [];
    for (let o = 0; o < outlets; o++) {
      fillHours(o, cols);
      let t = now();
      sink += sumDefined(cols, STORED.length);
      ms.base += now() - t;
      const rows = rowsOf(o, cols, oracle);
      if (o < APP_READ_OUTLETS) rowsOf(o, cols, appOracle);
      if (o < APP_WRITE_OUTLETS) {
        t = now();
        await db.transaction().execute((trx) => upsertHours(trx, rows));
        ms.appWrite += now() - t;
        appWriteRows += rows.length;
      } else {
        pending.push(...rows);
        if (pending.length >= OUTLETS_PER_READ * rows.length || o === outlets - 1) {
          t = now();
          insertMany(pending);
          ms.bulk += now() - t;
          bulkRows += pending.length;
          pending = [];
        }
      }
      if (loader) {
        t = now();
        loader.append(rows);
        ms.duckLoad += now() - t;
      }
      if ((o + 1) % Math.max(1, Math.floor(outlets / 5)) === 0)
        process.stderr.write(`  stored hours: ${o + 1}/${outlets} outlets\n`);
    }
    if (loader) {
      const t = now();
      loader.close();
      ms.duckLoad += now() - t;
    }
    const t0 = now();
    raw.exec('CREATE INDEX compliance_hours_hour_idx ON compliance_hours (hour_start)');
    raw.pragma('wal_checkpoint(TRUNCATE)');
    ms.bulk += now() - t0;
    console.log(
      `  write: the app's upsertHours (a statement per row) ${perSec(appWriteRows, ms.appWrite)} rows on ${appWriteRows} rows; bulk load (one prepared INSERT, ${OUTLETS_PER_READ} outlets per transaction, the hour index built after) ${secs(ms.bulk)}, ${perSec(bulkRows, ms.bulk)} rows`,
    );
    console.log(
      `  bare loop (sum of every stored value, in memory): ${secs(ms.base)}, ${perSec(values, ms.base)} (checksum ${sink % 1000})`,
    );

    const batches = Array.from({ length: Math.ceil(outlets / OUTLETS_PER_READ) }, (_, b) =>
      Array.from({ length: Math.min(OUTLETS_PER_READ, outlets - b * OUTLETS_PER_READ) }, (_, k) =>
        outletId(b * OUTLETS_PER_READ + k),
      ),
    );
    // The app's path: the repository read the enterprise summary and the metrics use, reduced as they reduce.
    const appBatches = batches.slice(0, Math.ceil(Math.min(outlets, APP_READ_OUTLETS) / OUTLETS_PER_READ));
    const appOutlets = appBatches.flat().length;
    const appValues = appOutlets * HOURS * STORED.length;
    const app = emptyTotals();
    let t = now();
    for (const ids of appBatches) reduceRows(await hoursOf(db, ids, FROM, TO), app);
    const appMs = now() - t;
    console.log(
      `  app path (hoursOf, ${OUTLETS_PER_READ} outlets per read, statistics and runs reduced in JS; the first ${appOutlets} outlets): ${secs(appMs)}, ${perSec(appValues, appMs)}`,
    );

    const sqliteStats: StatsRow[] = [];
    const sqliteRuns: RunRow[] = [];
    t = now();
    for (const ids of batches) sqliteStats.push(...(raw.prepare(statsSql(ids)).all() as StatsRow[]));
    const statsMs = now() - t;
    t = now();
    for (const ids of batches) sqliteRuns.push(...(raw.prepare(runsSql(ids)).all() as RunRow[]));
    const runsMs = now() - t;
    const sqliteMs = statsMs + runsMs;
    console.log(
      `  SQLite SQL (${OUTLETS_PER_READ} outlets per query): statistics ${secs(statsMs)}, runs ${secs(runsMs)} (window functions); together ${secs(sqliteMs)}, ${perSec(values, sqliteMs)}`,
    );
    const narrow = emptyTotals();
    t = now();
    for (const ids of batches) reduceNarrow(raw.prepare(narrowSql(ids)).raw().iterate() as Iterable<unknown[]>, narrow);
    const narrowMs = now() - t;
    console.log(
      `  narrow read + JS (5 columns in key order, raw rows, statistics and runs in one pass): ${secs(narrowMs)}, ${perSec(values, narrowMs)}`,
    );
    const checks = [
      agree('app path', app, appOracle),
      agree('SQLite SQL', totalsOf(sqliteStats, sqliteRuns), oracle),
      agree('narrow read', narrow, oracle),
    ];
    const rate = {
      base: values / ms.base,
      app: appValues / appMs,
      sqlite: values / sqliteMs,
      narrow: values / narrowMs,
    };
    if (duck) {
      t = now();
      const duckStats = (await duck.con.runAndReadAll(statsSql(null))).getRowObjectsJS() as unknown as StatsRow[];
      const duckStatsMs = now() - t;
      t = now();
      const duckRuns = (await duck.con.runAndReadAll(runsSql(null))).getRowObjectsJS() as unknown as RunRow[];
      const duckRunsMs = now() - t;
      const duckMs = duckStatsMs + duckRunsMs;
      console.log(
        `  DuckDB ${duck.duck.version()} (${duck.threads} threads): load ${secs(ms.duckLoad)} (appender, the 8 columns the queries read), statistics ${secs(duckStatsMs)}, runs ${secs(duckRunsMs)}; together ${secs(duckMs)}, ${perSec(values, duckMs)} (queries only)`,
      );
      console.log(
        `  ratios (values per second) against DuckDB's queries: SQLite SQL ${times(rate.sqlite, values / duckMs)}, narrow read + JS ${times(rate.narrow, values / duckMs)}, the app path ${times(rate.app, values / duckMs)}; the bare loop ${times(rate.base, Math.max(rate.sqlite, rate.narrow))} the fastest stored path`,
      );
      checks.push(agree('DuckDB', totalsOf(duckStats, duckRuns), oracle));
    } else
      console.log(
        `  ratios (values per second) against the app path: SQLite SQL ${times(rate.sqlite, rate.app)}, narrow read + JS ${times(rate.narrow, rate.app)}; the bare loop ${times(rate.base, Math.max(rate.sqlite, rate.narrow))} the fastest stored path`,
      );
    console.log(
      `  check (${oracle.hours} hours, ${oracle.valid} valid, ${oracle.exceeded} exceeding in ${oracle.runs} runs): ${checks.join('; ')}`,
    );
  } finally {
    raw.close();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
