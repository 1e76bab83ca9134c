import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { evaluateDay, iaqi, periodStats, type HourlySeries } from '@ecocloud/standards';
import { BENCH_POLLUTANTS, fillStationYear, HOURS_PER_YEAR, prng, type BenchPollutant } from './standards-data';
import { SQL_ANNUAL, SQL_DAILY, SQL_SCHEMA } from './standards-sql';

const now = (): number => performance.now();
const rate = (n: number, ms: number): string => `${Math.round((n / ms) * 1000).toLocaleString('en-US')}/s`;
const newYear = (): Record<BenchPollutant, Float64Array> =>
  Object.fromEntries(BENCH_POLLUTANTS.map((p) => [p, new Float64Array(HOURS_PER_YEAR)])) as Record<BenchPollutant, Float64Array>;

/** Baseline: the naive double-precision interpolation public code uses (PM2.5 24 h, 2012). */
const PM25 = [0, 35, 75, 115, 150, 250, 350, 500];
const STEPS = [0, 50, 100, 150, 200, 300, 400, 500];
function floatIaqi(c: number): number {
  for (let i = 1; i < PM25.length; i++) {
    const hi = PM25[i] as number;
    if (c <= hi) { const lo = PM25[i - 1] as number; return Math.ceil(((STEPS[i] as number) - (STEPS[i - 1] as number)) / (hi - lo) * (c - lo) + (STEPS[i - 1] as number)); }
  }
  return 500;
}

function benchIaqi(): void {
  const rnd = prng(42);
  const values = Array.from({ length: 200_000 }, () => Math.round(rnd() * 5000) / 10);
  let t = now();
  let sink = 0;
  for (const v of values) sink += floatIaqi(v);
  const base = now() - t;
  t = now();
  for (const v of values) sink += iaqi('pm2_5_24h', v, { standard: 'HJ633-2012' }).value ?? 0;
  const exact = now() - t;
  console.log(`IAQI exact: ${rate(values.length, exact)}; float baseline ${rate(values.length, base)}; exact is ${(exact / base).toFixed(1)}× the baseline time (checksum ${sink})`);
}

function benchDailyAqi(): void {
  const year = newYear();
  fillStationYear(1, year);
  const days = 365 * 4;
  let t = now();
  let sink = 0;
  for (let d = 0; d < days; d++) {
    const from = (d % 365) * 24;
    for (const p of BENCH_POLLUTANTS) { let s = 0; for (let h = from; h < from + 24; h++) s += year[p][h] || 0; sink += s / 24; }
  }
  const base = now() - t;
  t = now();
  for (let d = 0; d < days; d++) sink += evaluateDay(year as HourlySeries, (d % 365) * 24, 'HJ633-2012').aqi.aqi ?? 0;
  const full = now() - t;
  console.log(`daily AQI: ${rate(days, full)} station-days; plain float means ${rate(days, base)}; ratio ${(full / base).toFixed(1)}× (checksum ${Math.round(sink)})`);
}

interface Annual { so2: Float64Array; pm2_5: Float64Array; co10_p95: Float64Array; o3_8h_p90: Float64Array }

function annualTs(n: number): { ms: number; out: Annual } {
  const out: Annual = { so2: new Float64Array(n), pm2_5: new Float64Array(n), co10_p95: new Float64Array(n), o3_8h_p90: new Float64Array(n) };
  const year = newYear();
  const daily = Object.fromEntries(['so2', 'no2', 'co', 'pm10', 'pm2_5', 'o3_8h'].map((k) => [k, new Float64Array(365)])) as Record<string, Float64Array>;
  let genMs = 0;
  const t = now();
  for (let s = 0; s < n; s++) {
    const g = now();
    fillStationYear(s, year);
    genMs += now() - g;
    for (let d = 0; d < 365; d++) {
      const v = evaluateDay(year as HourlySeries, d * 24, 'HJ633-2012').values;
      for (const k of ['so2', 'no2', 'co', 'pm10', 'pm2_5', 'o3_8h'] as const) (daily[k] as Float64Array)[d] = v[k] ?? Number.NaN;
    }
    const st = periodStats(daily as never);
    out.so2[s] = st.so2 ?? Number.NaN;
    out.pm2_5[s] = st.pm2_5 ?? Number.NaN;
    out.co10_p95[s] = st.co_p95 === null ? Number.NaN : Math.round(st.co_p95 * 10);
    out.o3_8h_p90[s] = st.o3_8h_p90 ?? Number.NaN;
  }
  return { ms: now() - t - genMs, out };
}

function annualSql(n: number): { loadMs: number; ms: number; rows: Record<string, number | null>[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-standards-'));
  const db = new Database(path.join(dir, 'bench.db'));
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(SQL_SCHEMA);
    const insert = db.prepare('INSERT INTO hourly VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const year = newYear();
    const cell = (v: number, scale = 1): number | null => (Number.isNaN(v) ? null : Math.round(v * scale));
    let t = now();
    const load = db.transaction((s: number) => {
      fillStationYear(s, year);
      for (let h = 0; h < HOURS_PER_YEAR; h++) {
        insert.run(s, Math.floor(h / 24), h % 24, cell(year.so2[h] as number), cell(year.no2[h] as number), cell(year.co[h] as number, 10), cell(year.o3[h] as number), cell(year.pm10[h] as number), cell(year.pm2_5[h] as number));
      }
    });
    for (let s = 0; s < n; s++) load(s);
    const loadMs = now() - t;
    t = now();
    db.exec(SQL_DAILY);
    const rows = db.prepare(SQL_ANNUAL).all() as Record<string, number | null>[];
    return { loadMs, ms: now() - t, rows };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function compare(ts: Annual, rows: Record<string, number | null>[], n: number): number {
  let mismatches = 0;
  const sample = Array.from(new Set([0, 1, Math.floor(n / 2), n - 1, ...Array.from({ length: 20 }, (_, i) => Math.floor((i * n) / 20))])).filter((s) => s < n);
  for (const s of sample) {
    const r = rows[s] as Record<string, number | null>;
    for (const k of ['so2', 'pm2_5', 'co10_p95', 'o3_8h_p90'] as const) {
      const a = ts[k][s] as number;
      const b = r[k] ?? Number.NaN;
      if (!(a === b || (Number.isNaN(a) && Number.isNaN(b)))) { mismatches++; console.log(`  mismatch station ${s} ${k}: ts ${a} sql ${b}`); }
    }
  }
  console.log(`  checked ${sample.length} stations × 4 statistics: ${mismatches === 0 ? 'all agree' : `${mismatches} mismatches`}`);
  return mismatches;
}

/** Prints the standards figures; all timings are ratios against a baseline measured in this run. */
export async function benchStandards(): Promise<void> {
  const n = Number(process.env.BENCH_STATIONS ?? 2000);
  console.log(`# standards benchmark (node ${process.version})`);
  benchIaqi();
  benchDailyAqi();
  const ts = annualTs(n);
  console.log(`annual evaluation, TypeScript: ${n} stations × ${HOURS_PER_YEAR} h × 6 pollutants in ${(ts.ms / 1000).toFixed(2)} s (${rate(n * 365, ts.ms)} station-days; data generation excluded)`);
  const sql = annualSql(n);
  console.log(`annual evaluation, SQLite SQL: load ${(sql.loadMs / 1000).toFixed(2)} s, query ${(sql.ms / 1000).toFixed(2)} s; query time is ${(sql.ms / ts.ms).toFixed(2)}× the TypeScript time`);
  compare(ts.out, sql.rows, n);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchStandards();
}
