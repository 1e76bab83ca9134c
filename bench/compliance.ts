/**
 * `npm run bench -- compliance` (issue 16): a month of minute data per outlet (SO2, NOx, PM, CO,
 * O2, flow) reduced to hourly judgement by the exact fast path (`reduceHourly`), against a bare
 * loop summing the same arrays and DuckDB's SQL on the same data, in the same run; then a month of
 * hourly values for 3,000 outlets judged on the hourly columns (`judgeHourlyColumn`). Data are
 * generated outlet by outlet (generation never timed); each outlet's arrays are handed to the bare
 * loop, the fast path and the DuckDB appender in turn, so all three see the same values. The stored path
 * (compliance-stored.ts) stores that hourly month as compliance_hours rows on SQLite and reads it back.
 */
import { freemem, totalmem } from 'node:os';
import { pathToFileURL } from 'node:url';
import { judgeHourlyColumn, newFastHourly, reduceHourly, reduceO2Hours, type FastHourly } from '@ecocloud/standards';
import {
  CODES,
  COLUMN_NAMES,
  FLOW,
  fillHours,
  fillOutletMonth,
  HOURS,
  JUDGED,
  MINUTES,
  MULTIPLE_DECIMALS,
  newOutletMonth,
  O2,
  OUTPUT_DECIMALS,
  specOf,
} from './compliance-data';
import { DuckSide } from './compliance-duck';
import { storedPart } from './compliance-stored';
import { HOUR_CHECK, HOUR_QUERY, HOUR_SCHEMA, MINUTE_CHECK, MINUTE_QUERY, MINUTE_SCHEMA } from './compliance-sql';
import type { DuckDB } from './standards-sql-run';

const now = (): number => performance.now();
const perSec = (n: number, ms: number): string => `${(((n / ms) * 1000) / 1e6).toFixed(1)} M/s`;
const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
/**
 * The issue's size by default: 1,000 outlets (259 M minute values). Outlets are generated one at a
 * time (2.3 MB of arrays), so the process holds little besides DuckDB's table (~3.6 GB RSS measured);
 * BENCH_COMPLIANCE_OUTLETS=100 for a machine with less memory or time (about a tenth of the run).
 */
const DEFAULT_OUTLETS = 1000;

type Totals = Map<string, bigint>;
const add = (t: Totals, k: string, v: number | bigint): void => {
  t.set(k, (t.get(k) ?? 0n) + BigInt(v));
};
const sumDefined = (xs: Float64Array): number => {
  let s = 0;
  for (const x of xs) if (x === x) s += x;
  return s;
};

/** The bare loop: every value of the columns summed, nothing else (a top-level function, optimised like the fast path). */
function sumAll(cols: readonly Float64Array[]): number {
  let s = 0;
  for (const c of cols) for (let i = 0; i < c.length; i++) s += c[i] as number;
  return s;
}

/** The same for columns with NaN (no value): the NaN test is the least a loop over them must do. */
function sumAllDefined(cols: readonly Float64Array[]): number {
  let s = 0;
  for (const c of cols)
    for (let i = 0; i < c.length; i++) {
      const x = c[i] as number;
      if (x === x) s += x;
    }
  return s;
}

/** The fast path's checksums in the shape of MINUTE_CHECK (not timed). */
function totalsOf(t: Totals, p: string, out: FastHourly): void {
  let valid = 0;
  let exceeded = 0;
  for (let h = 0; h < HOURS; h++) {
    valid += out.valid[h] as number;
    if (out.exceeded[h] === 1) exceeded++;
  }
  add(t, `valid_${p}`, valid);
  add(t, `mean_${p}`, sumDefined(out.mean));
  add(t, `conv_${p}`, sumDefined(out.value));
  add(t, `exc_${p}`, exceeded);
  add(t, `mult_${p}`, sumDefined(out.multiple));
}

function agree(label: string, mine: Totals, row: Record<string, unknown> | undefined): void {
  const bad = [...mine].filter(([k, v]) => BigInt((row?.[k] as number | bigint | null) ?? 0) !== v);
  console.log(
    `  ${label}: ${bad.length === 0 ? `fast path and DuckDB agree on all ${mine.size} totals` : `DISAGREE on ${bad.map(([k, v]) => `${k} (fast ${v}, duck ${String(row?.[k])})`).join(', ')}`}`,
  );
}

async function minutePart(outlets: number, duck: DuckSide | null): Promise<void> {
  const values = outlets * MINUTES * COLUMN_NAMES.length;
  console.log(
    `minute data: ${outlets} outlets × ${COLUMN_NAMES.length} columns × ${MINUTES} minutes = ${(values / 1e6).toFixed(1)} M values`,
  );
  const month = newOutletMonth();
  const outs = COLUMN_NAMES.map(() => newFastHourly(HOURS));
  const specs = [...JUDGED.map((p) => specOf(p)), specOf(null)];
  const totals: Totals = new Map();
  if (duck) await duck.con.run(MINUTE_SCHEMA);
  const appender = duck ? await duck.appender('minutes', 'minute') : null;
  let baseMs = 0;
  let fastMs = 0;
  let loadMs = 0;
  let exactHours = 0;
  let sink = 0;
  for (let o = 0; o < outlets; o++) {
    fillOutletMonth(o, month);
    let t = now();
    sink += sumAll(month.values);
    baseMs += now() - t;
    t = now();
    const col = (j: number, decimals: number) => ({
      values: month.values[j] as Float64Array,
      flags: month.flags[j] as Uint8Array,
      decimals,
    });
    const o2 = reduceO2Hours(col(JUDGED.length, O2.decimals), CODES, OUTPUT_DECIMALS);
    JUDGED.forEach((p, j) => reduceHourly(col(j, p.decimals), specs[j]!, CODES, o2, undefined, outs[j]));
    reduceHourly(
      col(JUDGED.length + 1, FLOW.decimals),
      specs[JUDGED.length]!,
      CODES,
      null,
      undefined,
      outs[JUDGED.length + 1],
    );
    fastMs += now() - t;
    JUDGED.forEach((p, j) => {
      totalsOf(totals, p.name, outs[j] as FastHourly);
      exactHours += (outs[j] as FastHourly).exactHours;
    });
    add(totals, 'mean_o2', sumDefined(o2.mean));
    add(totals, 'mean_flow', sumDefined((outs[JUDGED.length + 1] as FastHourly).mean));
    if (appender) {
      t = now();
      appender.appendMinutes(o, month);
      loadMs += now() - t;
    }
    if ((o + 1) % Math.max(1, Math.floor(outlets / 5)) === 0)
      process.stderr.write(`  minutes: ${o + 1}/${outlets} outlets\n`);
  }
  console.log(`  bare loop (sum of every value): ${secs(baseMs)}, ${perSec(values, baseMs)} (checksum ${sink % 1000})`);
  console.log(
    `  fast path (flags, valid counts, means, O2 means, 折算, exceedance, multiples; ${exactHours} of ${outlets * HOURS * JUDGED.length} judged hours on the exact bigint path): ${secs(fastMs)}, ${perSec(values, fastMs)}; fast/bare-loop time ${(fastMs / baseMs).toFixed(2)}×`,
  );
  if (!duck || !appender) return;
  let t = now();
  appender.close();
  loadMs += now() - t;
  t = now();
  await duck.con.run(MINUTE_QUERY);
  const queryMs = now() - t;
  console.log(
    `  DuckDB ${duck.duck.version()} (${duck.threads} threads): load ${secs(loadMs)} (appender), query ${secs(queryMs)}, ${perSec(values, queryMs)} (query only)`,
  );
  console.log(
    `  ratios: fast path is ${(queryMs / fastMs).toFixed(2)}× DuckDB's query speed (${((queryMs + loadMs) / fastMs).toFixed(2)}× with its load); bare loop is ${(fastMs / baseMs).toFixed(2)}× faster than the fast path`,
  );
  agree('check', totals, (await duck.rows(MINUTE_CHECK))[0]);
}

async function hourlyPart(outlets: number, duck: DuckSide | null): Promise<void> {
  const values = outlets * HOURS * (JUDGED.length + 1);
  console.log(
    `hourly data, in memory: hourly columns judged by judgeHourlyColumn (exceedance, multiple, daily amounts): ${outlets} outlets × ${JUDGED.length + 1} columns × ${HOURS} hours = ${(values / 1e6).toFixed(2)} M values`,
  );
  const cols = [...JUDGED, FLOW].map(() => new Float64Array(HOURS));
  if (duck) await duck.con.run(HOUR_SCHEMA);
  const appender = duck ? await duck.appender('hours', 'hour') : null;
  const totals: Totals = new Map();
  let baseMs = 0;
  let fastMs = 0;
  let loadMs = 0;
  let sink = 0;
  const flow = { values: cols[JUDGED.length] as Float64Array, decimals: FLOW.decimals };
  for (let o = 0; o < outlets; o++) {
    fillHours(o, cols);
    let t = now();
    sink += sumAllDefined(cols);
    baseMs += now() - t;
    t = now();
    const judged = JUDGED.map((p, j) =>
      judgeHourlyColumn(
        { values: cols[j] as Float64Array, decimals: p.decimals },
        specOf(p).limit!,
        MULTIPLE_DECIMALS,
        flow,
      ),
    );
    fastMs += now() - t;
    judged.forEach((r, j) => {
      const p = (JUDGED[j] as (typeof JUDGED)[number]).name;
      add(totals, `exc_${p}`, r.exceedingHours);
      add(totals, `mult_${p}`, sumDefined(r.multiple));
      add(
        totals,
        `amount_${p}`,
        r.dayAmount.reduce((a, b) => a + b, 0n),
      );
    });
    if (appender) {
      t = now();
      appender.appendHours(o, cols);
      loadMs += now() - t;
    }
  }
  console.log(`  bare loop: ${secs(baseMs)}, ${perSec(values, baseMs)} (skipping NaN; checksum ${sink % 1000})`);
  console.log(
    `  fast path: ${secs(fastMs)}, ${perSec(values, fastMs)}; fast/bare-loop time ${(fastMs / baseMs).toFixed(2)}×`,
  );
  if (!duck || !appender) return;
  let t = now();
  appender.close();
  loadMs += now() - t;
  t = now();
  await duck.con.run(HOUR_QUERY);
  const queryMs = now() - t;
  console.log(`  DuckDB: load ${secs(loadMs)}, query ${secs(queryMs)}, ${perSec(values, queryMs)} (query only)`);
  console.log(
    `  ratios: fast path is ${(queryMs / fastMs).toFixed(2)}× DuckDB's query speed (${((queryMs + loadMs) / fastMs).toFixed(2)}× with its load)`,
  );
  agree('check', totals, (await duck.rows(HOUR_CHECK))[0]);
}

export async function benchCompliance(): Promise<void> {
  const outlets = Number(process.env.BENCH_COMPLIANCE_OUTLETS ?? DEFAULT_OUTLETS);
  const hourly = Number(process.env.BENCH_COMPLIANCE_HOURLY_OUTLETS ?? 3000);
  console.log(
    `# compliance benchmark (node ${process.version}; ${outlets} outlets of minute data (BENCH_COMPLIANCE_OUTLETS; the issue's month is 1000); ${hourly} of hourly data; memory ${(freemem() / 2 ** 30).toFixed(0)}/${(totalmem() / 2 ** 30).toFixed(0)} GiB free)`,
  );
  let duckModule: DuckDB | null = null;
  try {
    duckModule = await import('@duckdb/node-api');
  } catch (e) {
    console.log(`  DuckDB unavailable (${e instanceof Error ? e.message : String(e)}): fast path and bare loop only`);
  }
  for (const part of [minutePart, hourlyPart, storedPart] as const) {
    const duck = duckModule ? await DuckSide.open(duckModule) : null;
    try {
      await part(part === minutePart ? outlets : hourly, duck);
    } finally {
      duck?.close();
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchCompliance();
}
