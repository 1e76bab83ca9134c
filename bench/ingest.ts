import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../apps/server/src/config';
import { createDb, isPostgresUrl, type Db } from '../apps/server/src/db/database';
import { storeBatch, type IngestBatch } from '../apps/server/src/modules/monitoring/gateway/batch-store';
import { startGateway } from '../apps/server/src/modules/monitoring/gateway/gateway.server';
import {
  APPLY_SQLITE_CACHE_MIB,
  MAX_APPLY_ROWS,
} from '../apps/server/src/modules/monitoring/gateway/journal/journal-applier';
import { simDevices } from '../apps/server/src/modules/monitoring/simulator/sim-devices';
import { simPacket } from '../apps/server/src/modules/monitoring/simulator/sim-packets';
import { prepareDatabase } from '../apps/server/src/platform/bootstrap';
import { systemClock } from '../apps/server/src/platform/clock';
import { benchDecode } from './ingest-decode';
import { startNullGateway } from './ingest-floor';
import { pgSchemaUrl, registerFleet } from './ingest-fleet';
import type { LoadArgs, LoadResult } from './ingest-load';

const DEVICES = Number(process.env.BENCH_DEVICES ?? 1000);
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
/** Unacknowledged packets per logger: 1 = wait for each 9014 before the next upload, as loggers do. */
const WINDOW = Number(process.env.BENCH_WINDOW ?? 1);
/** Share of values with an abnormal flag (each raises or refreshes an alert, set-based per apply). */
const FLAG_RATIO = Number(process.env.BENCH_FLAG_RATIO ?? 0.03);
const START_MS = Date.parse('2026-01-01T00:00:00Z');
/** Rows per transaction of the direct insert: the journal applier's largest transaction. */
const DIRECT_BATCH = MAX_APPLY_ROWS;
const silent = { info: () => {}, warn: () => {}, error: () => {} };
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
/**
 * Packets each logger has built before the clock starts. Real loggers build theirs on their own
 * CPUs; here they would share the gateway's two cores, so the generator builds ahead: as fast as
 * acks allow, enough for 50,000 packets/s (300,000 readings/s); at a set rate, that rate's need.
 * A logger that runs out builds the rest as it goes (slower, never flattering).
 */
const prebuildFor = (rate: number) => Math.ceil(((rate > 0 ? rate * 1.1 : 50_000) * DURATION_MS) / 1000 / DEVICES);
const loadArgs = (port: number, rate = 0, firstPacket = 0): LoadArgs => ({
  port,
  devices: DEVICES,
  durationMs: DURATION_MS,
  window: WINDOW,
  mnPrefix: 'BENCH',
  password: '123456',
  flagRatio: FLAG_RATIO,
  startMs: START_MS,
  rate,
  firstPacket,
  prebuild: prebuildFor(rate),
});

/** The same load against a gateway that stores nothing: the ceiling this machine and generator allow. */
async function benchFloor(): Promise<number> {
  const nullGateway = await startNullGateway();
  const r = await runLoad(loadArgs(nullGateway.port));
  await nullGateway.close();
  const readings = (r.readingsAcked / r.elapsedMs) * 1000;
  console.log(
    `TCP floor, same ${DEVICES} loggers against a gateway that decodes and acknowledges but stores nothing: ${fmt((r.acked / r.elapsedMs) * 1000)} packets/s, ` +
      `${fmt(readings)} readings/s, ack latency p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`,
  );
  return readings;
}

function runLoad(args: LoadArgs): Promise<LoadResult> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'ingest-load.ts'), JSON.stringify(args)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0) resolve(JSON.parse(line) as LoadResult);
      else reject(new Error(`load generator exited ${code}: ${out}`));
    }),
  );
}

/**
 * The batches the fleet would send, stored straight through the applier's write path (readings,
 * archived packets, devices' last-seen time) in its largest transactions: the limit.
 */
async function directInsert(db: Db, total: number): Promise<number> {
  const devices = simDevices({ count: DEVICES, mnPrefix: 'BENCH', password: '123456' });
  const byMn = new Map(
    (await db.selectFrom('devices').select(['id', 'mn', 'station_id']).execute()).map((d) => [d.mn, d]),
  );
  const opts = { seed: 9, startMs: START_MS, splitRatio: 0, flagRatio: FLAG_RATIO, ack: true };
  const batches: IngestBatch[] = [];
  let batch: IngestBatch = { readings: [], packets: [], deviceIds: [] };
  for (let i = 0, rows = 0; rows < total; i++) {
    const d = devices[i % devices.length]!;
    const device = byMn.get(d.mn)!;
    const packet = simPacket(d, 500_000 + Math.floor(i / devices.length), opts);
    for (const r of packet.readings) {
      batch.readings.push({
        stationId: device.station_id,
        parameter: r.code,
        period: r.period,
        periodStart: r.periodStart,
        value: Number(r.valueText),
        valueText: r.valueText,
        flag: r.flag,
      });
    }
    batch.packets.push({ mn: d.mn, qn: packet.qn, cn: packet.cn, raw: packet.frames.join('') });
    batch.deviceIds.push(device.id);
    rows += packet.readings.length;
    if (batch.readings.length >= DIRECT_BATCH) {
      batches.push(batch);
      batch = { readings: [], packets: [], deviceIds: [] };
    }
  }
  if (batch.readings.length > 0) batches.push(batch);
  const t = performance.now();
  for (const b of batches) await storeBatch(db, systemClock, b);
  return (batches.reduce((n, b) => n + b.readings.length, 0) / (performance.now() - t)) * 1000;
}

async function benchDatabase(name: string, url: string, goal: number, floor: number): Promise<void> {
  // The applier's page cache, for the direct insert below (the gateway's own connection only reads devices).
  const db = createDb(url, { sqliteCacheMiB: APPLY_SQLITE_CACHE_MIB });
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'silent' });
  await prepareDatabase({ db, config, clock: systemClock });
  await registerFleet(db, DEVICES, 'BENCH', '123456');
  {
    const gateway = await startGateway({ db, config, clock: systemClock }, silent, {
      // All simulated loggers come from 127.0.0.1: the per-address cap (a defence) is off here.
      port: 0,
      host: '127.0.0.1',
      maxConnections: DEVICES + 10,
      maxConnectionsPerAddress: 0,
    });
    const r = await runLoad(loadArgs(gateway.port));
    const backlog = gateway.pendingRows;
    const drainStart = performance.now();
    await gateway.applied();
    const drainMs = performance.now() - drainStart;
    // Loggers in the field send on a schedule, not as fast as acks return: latency at half the capacity just measured.
    const steadyRate = Math.round(((r.acked / r.elapsedMs) * 1000) / 2);
    const steady = await runLoad(loadArgs(gateway.port, steadyRate, 100_000));
    await gateway.applied();
    await gateway.close();
    const e2e = (r.readingsAcked / r.elapsedMs) * 1000;
    const applied = (r.readingsAcked / (r.elapsedMs + drainMs)) * 1000;
    const direct = await directInsert(db, 2 * DIRECT_BATCH);
    console.log(
      `end-to-end ${name}, ${DEVICES} devices over TCP (window ${WINDOW}, ${FLAG_RATIO * 100}% flagged): ${fmt((r.acked / r.elapsedMs) * 1000)} packets/s, ` +
        `${fmt(e2e)} readings/s acknowledged = committed to the ingest journal (goal ≥ ${fmt(goal)}; ${((e2e / floor) * 100).toFixed(0)}% of the TCP floor), ack latency p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms (goal < 50); rejected ${r.rejected}`,
    );
    console.log(
      `  at a steady ${fmt(steadyRate)} packets/s (half that capacity): ack latency p50 ${steady.p50.toFixed(1)} ms, p99 ${steady.p99.toFixed(1)} ms; ${fmt((steady.acked / steady.elapsedMs) * 1000)} packets/s acknowledged`,
    );
    console.log(
      `  applied to observations: ${fmt(applied)} readings/s over the run plus the drain (${fmt(backlog)} rows pending at the end, drained in ${(drainMs / 1000).toFixed(1)} s)`,
    );
    console.log(
      `  direct bulk insert, same write path (readings, archived packets, devices), ${fmt(DIRECT_BATCH)} readings per transaction: ${fmt(direct)} readings/s; applied end-to-end is ${((applied / direct) * 100).toFixed(0)}% of it (goal: about half)`,
    );
  }
  await db.destroy();
}

/** Decode speed, then end-to-end ingest into SQLite and (with DATABASE_URL) PostgreSQL. */
export async function benchIngest(): Promise<void> {
  benchDecode();
  const floor = await benchFloor();
  const dir = mkdtempSync(path.join(tmpdir(), 'ecocloud-bench-'));
  try {
    await benchDatabase('SQLite', path.join(dir, 'bench.db'), 200_000, floor);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.DATABASE_URL;
  if (!url || !isPostgresUrl(url)) {
    console.log('end-to-end PostgreSQL: SKIPPED (DATABASE_URL is not a postgres:// URL)');
    return;
  }
  const schema = await pgSchemaUrl(url);
  try {
    await benchDatabase('PostgreSQL', schema.url, 100_000, floor);
  } finally {
    await schema.drop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchIngest();
