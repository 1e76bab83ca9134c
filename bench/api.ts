import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { buildApp } from '../apps/server/src/app';
import type { AppDeps } from '../apps/server/src/app-deps';
import { loadConfig } from '../apps/server/src/config';
import { createDb, isPostgresUrl } from '../apps/server/src/db/database';
import { airRanking } from '../apps/server/src/modules/assessment';
import { refreshCityDays } from '../apps/server/src/modules/assessment/air/city-days.worker';
import { prepareDatabase } from '../apps/server/src/platform/bootstrap';
import { seedDemo } from '../apps/server/src/platform/demo/seed-demo';
import { MODULES } from '../apps/server/src/modules';
import { useMetricsOf } from '../apps/server/src/platform/metrics/metric-registry';
import {
  createPartitions,
  generate,
  pgSink,
  sqliteSink,
  stationCode,
  tempSqliteFile,
  type BenchShape,
} from './api-data';
import { load, type LoadResult } from './api-load';

const env = (k: string, d: number) => Number(process.env[k] ?? d);
const SHAPE: BenchShape = {
  stations: env('BENCH_API_STATIONS', 500),
  hourlyDays: env('BENCH_API_HOURLY_DAYS', 365),
  year: 2025,
};
const LOAD = {
  connections: env('BENCH_API_CONNECTIONS', 200),
  total: env('BENCH_API_REQUESTS', 4000),
  maxMs: env('BENCH_API_MAX_MS', 20_000),
};
// The clock stands just after the generated year: the latest hour is 2025-12-31 23:00 (UTC+8), the latest month December.
const CLOCK = { now: () => new Date('2025-12-31T16:30:00Z') };

const fmt = (r: LoadResult) =>
  `${Math.round(r.rps).toLocaleString('en-US').padStart(7)} req/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms${r.errors ? `  (${r.errors} errors)` : ''}`;

async function benchDialect(name: string, url: string, bulk: (deps: AppDeps) => Promise<number>): Promise<void> {
  const config = loadConfig({
    DATABASE_URL: url,
    LOG_LEVEL: 'silent',
    ECOCLOUD_PUBLIC_RATE_LIMIT: '1000000000',
    ECOCLOUD_DEMO_HISTORY_DAYS: '0',
    ECOCLOUD_DEMO_PASSWORD: 'bench-Passw0rd-1',
    ECOCLOUD_ADMIN_PASSWORD: 'bench-Passw0rd-1',
  });
  const deps: AppDeps = { db: createDb(url), config, clock: CLOCK };
  try {
    await prepareDatabase(deps);
    useMetricsOf(MODULES);
    await seedDemo(deps, MODULES);
    const t0 = performance.now();
    const rows = await bulk(deps);
    console.log(
      `${name}: generated ${SHAPE.stations} stations, ${rows.toLocaleString('en-US')} rows (${SHAPE.hourlyDays} days hourly, a year of daily rollups) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const year = { kind: 'year' as const, from: '2025-01-01', to: '2025-12-31', label: '2025' };
    const tm = performance.now();
    await refreshCityDays(deps.db);
    console.log(
      `${name}: materialise the city days from every station-day rollup (first time after the load): ${(performance.now() - tm).toFixed(0)} ms`,
    );
    for (const round of [1, 2]) {
      const t = performance.now();
      const r = await airRanking(deps.db, year);
      console.log(
        `${name}: a year's ranking from scratch over the stored city days (${r.cities.length} cities, with the year-on-year pass, no result cache) run ${round}: ${(performance.now() - t).toFixed(0)} ms (goal < 1000 ms)`,
      );
    }
    const app = await buildApp(deps, { logger: false, serveWeb: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const port = (app.server.address() as { port: number }).port;
    const routes: [string, string][] = [
      ['baseline GET /api/health', '/api/health'],
      ['latest city AQI', '/api/v1/public/air/now?stations=false'],
      ['latest AQI, all stations', '/api/v1/public/air/now'],
      ['station last 24 h', `/api/v1/public/air/stations/${stationCode(1)}/last-24h`],
      ['month ranking', '/api/v1/public/air/ranking/latest-month'],
    ];
    let baseline: LoadResult | undefined;
    for (const [label, path] of routes) {
      await load(port, path, { ...LOAD, total: Math.min(LOAD.total, 400) }); // warm-up (caches, JIT)
      const r = await load(port, path, LOAD);
      baseline ??= r;
      const ratio = `  ×${(baseline.rps / r.rps).toFixed(2)} baseline time/req`;
      console.log(
        `${name}: ${label.padEnd(26)} ${fmt(r)}${label.startsWith('baseline') ? '' : `${ratio}  ${r.p99 < 20 ? 'p99 ok' : 'p99 over 20 ms goal'}`}`,
      );
    }
    await app.close();
  } finally {
    await deps.db.destroy();
  }
}

async function orgIds(deps: AppDeps): Promise<Map<string, string>> {
  return new Map(
    (await deps.db.selectFrom('orgs').select(['id', 'region_code']).where('kind', '=', 'city').execute()).map((o) => [
      o.region_code,
      o.id,
    ]),
  );
}

/** Public hot routes at 200 connections on SQLite and (with DATABASE_URL) PostgreSQL, and the year ranking from scratch. */
export async function benchApi(): Promise<void> {
  console.log(
    `load: ${LOAD.connections} connections, ≤ ${LOAD.total} requests or ${LOAD.maxMs / 1000} s per route, loopback (override with BENCH_API_* variables)`,
  );
  const file = tempSqliteFile();
  try {
    await benchDialect('SQLite', file, async (deps) => {
      const orgs = await orgIds(deps);
      return (await generate(sqliteSink(file), SHAPE, (c) => orgs.get(c)!)).rows;
    });
  } finally {
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }
  const url = process.env.DATABASE_URL;
  if (!url || !isPostgresUrl(url)) {
    console.log('PostgreSQL: SKIPPED (DATABASE_URL is not a postgres:// URL)');
    return;
  }
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  try {
    await benchDialect('PostgreSQL', u.toString(), async (deps) => {
      const pool = new pg.Pool({ connectionString: u.toString(), max: 2 });
      try {
        await createPartitions(pool, SHAPE.year);
        const orgs = await orgIds(deps);
        const { rows } = await generate(pgSink(pool), SHAPE, (c) => orgs.get(c)!);
        await pool.query('analyze');
        return rows;
      } finally {
        await pool.end();
      }
    });
  } finally {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchApi();
