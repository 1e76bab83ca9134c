import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BENCH_POLLUTANTS, fillStationYear, HOURS_PER_YEAR, type BenchPollutant } from './standards-data';
import { SQL_ANNUAL, SQL_DAILY, SQL_SCHEMA } from './standards-sql';

const now = (): number => performance.now();
/** Rows per INSERT: five days. 120 rows × 9 columns = 1,080 parameters, far under SQLite's 32,766. */
const BATCH_ROWS = 120;
const COLUMNS = 9;

export interface SqlRun {
  loadMs: number;
  ms: number;
  rows: Record<string, number | null>[];
}

/** Progress on stderr every 10 % of `n` (so a 2,000-station run shows it is alive). */
export function progress(label: string, n: number): (i: number) => void {
  const every = Math.max(1, Math.floor(n / 10));
  return (i) => { if ((i + 1) % every === 0 || i + 1 === n) process.stderr.write(`  ${label}: ${i + 1}/${n} stations\n`); };
}

/**
 * Loads n stations' years into SQLite and runs the annual SQL. The load uses one transaction and
 * one prepared multi-row INSERT fed from Int32Array columns (integer µg/m³, CO in 0.1 mg/m³,
 * −1 = missing), which is how a bulk loader would do it. Data generation is not timed.
 */
export function annualSql(n: number): SqlRun {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-standards-'));
  const db = new Database(path.join(dir, 'bench.db'));
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(SQL_SCHEMA);
    const insert = db.prepare(`INSERT INTO hourly VALUES ${Array.from({ length: BATCH_ROWS }, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`);
    const year = Object.fromEntries(BENCH_POLLUTANTS.map((p) => [p, new Float64Array(HOURS_PER_YEAR)])) as Record<BenchPollutant, Float64Array>;
    const ints = BENCH_POLLUTANTS.map(() => new Int32Array(HOURS_PER_YEAR));
    const params: (number | null)[] = new Array<number | null>(BATCH_ROWS * COLUMNS).fill(null);
    const report = progress('SQLite load', n);
    let genMs = 0;
    const t = now();
    db.transaction(() => {
      for (let s = 0; s < n; s++) {
        const g = now();
        fillStationYear(s, year);
        genMs += now() - g;
        BENCH_POLLUTANTS.forEach((p, j) => {
          const src = year[p];
          const dst = ints[j] as Int32Array;
          const scale = p === 'co' ? 10 : 1;
          for (let h = 0; h < HOURS_PER_YEAR; h++) dst[h] = Number.isNaN(src[h]) ? -1 : Math.round((src[h] as number) * scale);
        });
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
        report(s);
      }
    })();
    const loadMs = now() - t - genMs;
    const q = now();
    db.exec(SQL_DAILY);
    const rows = db.prepare(SQL_ANNUAL).all() as Record<string, number | null>[];
    return { loadMs, ms: now() - q, rows };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
