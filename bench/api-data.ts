import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';

/** The generated network: `stations` air stations spread over the 14 demo cities, one year of data. */
export type BenchShape = { stations: number; hourlyDays: number; year: number };
const CITY_CODES = [
  '450100',
  '450200',
  '450300',
  '450400',
  '450500',
  '450600',
  '450700',
  '450800',
  '450900',
  '451000',
  '451100',
  '451200',
  '451300',
  '451400',
];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PARAMS = ['so2', 'no2', 'co', 'o3', 'pm10', 'pm2_5'] as const;

export const stationCode = (i: number) => `BENCH-${String(i).padStart(4, '0')}`;

/** Deterministic level of a station-day (so every run and dialect holds the same data). */
function level(i: number, day: number): Record<string, number> {
  const w = 1 + 0.4 * Math.cos((2 * Math.PI * (day - 15)) / 365);
  const n = ((i * 7919 + day * 104_729) % 97) / 97;
  const pm = Math.round((18 + (i % 14) * 1.5) * w * (0.7 + 0.6 * n));
  return {
    so2: 8 + (day % 5),
    no2: 15 + (i % 9),
    co: Math.round(6 + 4 * n) / 10,
    pm10: Math.round(pm * 1.6),
    pm2_5: pm,
    o3_8h_max: Math.round(90 + 40 * n),
    o3_1h_max: Math.round(110 + 50 * n),
  };
}

type Sink = {
  station(row: unknown[]): void;
  obs(row: unknown[]): void;
  rollup(row: unknown[]): void;
  flush(force?: boolean): Promise<void>;
};

/** Generates stations, hourly observations of the last `hourlyDays` days and daily + monthly rollups of the year. */
export async function generate(
  sink: Sink,
  shape: BenchShape,
  orgOf: (city: string) => string,
): Promise<{ rows: number }> {
  const now = new Date().toISOString();
  const yearStart = Date.parse(`${shape.year}-01-01T00:00:00Z`) - 8 * HOUR;
  const days =
    new Date(Date.UTC(shape.year, 11, 31)).getTime() / DAY - new Date(Date.UTC(shape.year, 0, 1)).getTime() / DAY + 1;
  let rows = 0;
  for (let i = 1; i <= shape.stations; i++) {
    const id = `bench-${i}`;
    const city = CITY_CODES[i % CITY_CODES.length]!;
    sink.station([
      id,
      stationCode(i),
      `Bench ${i}`,
      'air_national',
      city,
      orgOf(city),
      108 + (i % 14) * 0.3,
      22 + (i % 14) * 0.2,
      JSON.stringify(PARAMS),
      'active',
      JSON.stringify({ isEvaluation: true, intervalSeconds: 3600 }),
      now,
      now,
      now,
    ]);
    const monthly = new Map<string, Map<string, number[]>>();
    for (let d = 0; d < days; d++) {
      const start = new Date(yearStart + d * DAY).toISOString();
      const v = level(i, d);
      for (const [p, value] of Object.entries(v)) {
        sink.rollup([id, p, '1d', start, 24, 24, value, value, value, 1, now]);
        const month = new Date(yearStart + d * DAY + 8 * HOUR).toISOString().slice(0, 7);
        const m = monthly.get(month) ?? new Map<string, number[]>();
        m.set(p, [...(m.get(p) ?? []), value]);
        monthly.set(month, m);
        rows++;
      }
      if (d >= days - shape.hourlyDays) {
        for (let h = 0; h < 24; h++) {
          const t = new Date(yearStart + d * DAY + h * HOUR).toISOString();
          for (const p of PARAMS) {
            const value = p === 'o3' ? Math.round(v.o3_1h_max! * (0.4 + 0.6 * Math.sin((Math.PI * h) / 24))) : v[p]!;
            sink.obs([id, p, '1h', t, value, String(value), 'N', 'import', now]);
            rows++;
          }
        }
      }
      await sink.flush();
    }
    for (const [month, byParam] of monthly) {
      const start = new Date(Date.parse(`${month}-01T00:00:00Z`) - 8 * HOUR).toISOString();
      for (const [p, list] of byParam)
        sink.rollup([
          id,
          p,
          '1mo',
          start,
          list.length,
          list.length,
          list.reduce((a, b) => a + b, 0) / list.length,
          Math.min(...list),
          Math.max(...list),
          1,
          now,
        ]);
    }
  }
  await sink.flush(true);
  return { rows };
}

const STATION_COLS =
  'id, code, name, kind, region_code, org_id, lon, lat, parameters, status, attrs, last_data_at, created_at, updated_at';
const OBS_COLS = 'station_id, parameter, period, period_start, value, value_text, flag, source, received_at';
const ROLLUP_COLS =
  'station_id, parameter, period, period_start, count, expected, mean, min, max, is_valid, updated_at';

/** A fast SQLite sink: prepared statements in large transactions on a second connection to the same file. */
export function sqliteSink(file: string): Sink {
  const db = new SqliteDatabase(file);
  db.pragma('journal_mode = WAL');
  const ins = (table: string, cols: string) =>
    db.prepare(
      `insert or replace into ${table} (${cols}) values (${cols
        .split(',')
        .map(() => '?')
        .join(',')})`,
    );
  const st = ins('stations', STATION_COLS);
  const ob = ins('observations', OBS_COLS);
  const ro = ins('observation_rollups', ROLLUP_COLS);
  let buf: [SqliteDatabase.Statement, unknown[]][] = [];
  const write = db.transaction((items: [SqliteDatabase.Statement, unknown[]][]) => {
    for (const [s, r] of items) s.run(...r);
  });
  return {
    station: (r) => buf.push([st, r]),
    obs: (r) => buf.push([ob, r]),
    rollup: (r) => buf.push([ro, r]),
    flush: async (force) => {
      if (buf.length >= 200_000 || (force && buf.length)) {
        write(buf);
        buf = [];
      }
      if (force) db.close();
    },
  };
}

/** A PostgreSQL sink: multi-row inserts through unnest() of typed arrays, 20 000 rows per statement. */
export function pgSink(pool: pg.Pool): Sink {
  const bufs: Record<string, unknown[][]> = { stations: [], observations: [], observation_rollups: [] };
  const types: Record<string, string[]> = {
    stations: [
      'text',
      'text',
      'text',
      'text',
      'text',
      'text',
      'float8',
      'float8',
      'text',
      'text',
      'text',
      'text',
      'text',
      'text',
    ],
    observations: ['text', 'text', 'text', 'text', 'float8', 'text', 'text', 'text', 'text'],
    observation_rollups: ['text', 'text', 'text', 'text', 'int4', 'int4', 'float8', 'float8', 'float8', 'int4', 'text'],
  };
  const cols: Record<string, string> = {
    stations: STATION_COLS,
    observations: OBS_COLS,
    observation_rollups: ROLLUP_COLS,
  };
  const write = async (table: string) => {
    const rows = bufs[table]!;
    if (!rows.length) return;
    bufs[table] = [];
    const arrays = types[table]!.map((_, c) => rows.map((r) => r[c]));
    const params = types[table]!.map((t, c) => `$${c + 1}::${t}[]`).join(', ');
    await pool.query(
      `insert into ${table} (${cols[table]}) select * from unnest(${params}) on conflict do nothing`,
      arrays,
    );
  };
  return {
    station: (r) => bufs.stations!.push(r),
    obs: (r) => bufs.observations!.push(r),
    rollup: (r) => bufs.observation_rollups!.push(r),
    flush: async (force) => {
      for (const t of ['stations', 'observations', 'observation_rollups'])
        if (force || bufs[t]!.length >= 20_000) await write(t);
    },
  };
}

/** PostgreSQL: monthly partitions of observations for the generated year (named like the ingest writer's). */
export async function createPartitions(pool: pg.Pool, year: number): Promise<void> {
  for (let m = 0; m <= 12; m++) {
    const from = new Date(Date.UTC(year, m - 1, 1)).toISOString().slice(0, 10);
    const to = new Date(Date.UTC(year, m, 1)).toISOString().slice(0, 10);
    await pool.query(
      `create table if not exists observations_p${from.slice(0, 7).replace('-', '')} partition of observations for values from ('${from}') to ('${to}')`,
    );
  }
}

export const tempSqliteFile = () => path.join(os.tmpdir(), `ecocloud-bench-api-${randomBytes(4).toString('hex')}.db`);
