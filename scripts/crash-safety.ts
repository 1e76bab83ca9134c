/**
 * Crash safety of the HJ 212 gateway: every packet the gateway acknowledged must be stored, even
 * when the process is killed without warning (SIGKILL) in mid-stream. Runs `ecocloud gateway` on a
 * fresh SQLite file in a child process, drives it with simulated loggers that record each
 * acknowledged packet (QN + readings) and re-send unacknowledged ones after reconnecting, kills
 * the server, restarts it, then compares the database with the record. Acknowledged packets the
 * kill caught in the ingest journal, not yet applied, must be applied after the restart.
 *
 *   npx tsx scripts/crash-safety.ts [--devices 50] [--seconds 10]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../apps/server/src/config';
import { createDb } from '../apps/server/src/db/database';
import { prepareDatabase } from '../apps/server/src/platform/bootstrap';
import { systemClock } from '../apps/server/src/platform/clock';
import { FileJournal, journalPathOf } from '../apps/server/src/modules/monitoring/gateway/journal/file-journal';
import { SIM_FACTOR_MAP } from '../apps/server/src/modules/monitoring/simulator/air-pattern';
import { runSimulator } from '../apps/server/src/modules/monitoring/simulator/device-simulator';
import { ensureSimDevices } from '../apps/server/src/modules/monitoring/simulator/sim-devices';

const repoRoot = path.resolve(import.meta.dirname, '..');
const BIN = path.join(repoRoot, 'apps/server/bin/ecocloud.js');

export type CrashSafetyOptions = {
  devices: number;
  /** run time before the kill, after the restart, and the outage in between, ms */
  beforeKillMs: number;
  afterRestartMs: number;
  downMs?: number;
  /** packets per second over all devices; Infinity = as fast as acks allow */
  rate?: number;
  log?: (line: string) => void;
};

export type CrashSafetyResult = {
  ackedPackets: number;
  ackedReadings: number;
  ackedBeforeKill: number;
  ackedAfterRestart: number;
  missing: number;
  mismatched: number;
  examples: string[];
  reconnects: number;
  /** acknowledged rows the kill left in the ingest journal, not yet applied; the restart applies them */
  journalRowsAtKill: number;
};

/** Rows in the gateway's sidecar journal not yet applied to the database (read while the gateway is down). */
async function journalBacklog(dbFile: string): Promise<number> {
  const db = createDb(dbFile);
  const journal = new FileJournal(journalPathOf(dbFile), db, systemClock);
  try {
    return await journal.pendingRowsAtOpen();
  } finally {
    await journal.close();
    await db.destroy();
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** Starts `ecocloud gateway` and resolves once it prints that it listens. */
function startServer(dbFile: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'gateway'], {
    env: {
      ...process.env,
      DATABASE_URL: dbFile,
      ECOCLOUD_HJ212_PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.CRASH_LOG ?? 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`gateway did not start: ${out}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (process.env.CRASH_LOG) process.stderr.write(d);
      if (out.includes('listening')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${code}: ${out}`));
    });
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((r) => {
    if (child.exitCode !== null || child.signalCode !== null) r();
    else child.once('exit', () => r());
  });

export async function runCrashSafety(o: CrashSafetyOptions): Promise<CrashSafetyResult> {
  const log = o.log ?? (() => {});
  const dir = mkdtempSync(path.join(tmpdir(), 'ecocloud-crash-'));
  const dbFile = path.join(dir, 'crash.db');
  try {
    const config = loadConfig({ DATABASE_URL: dbFile, LOG_LEVEL: 'silent' });
    const setupDb = createDb(dbFile);
    await prepareDatabase({ db: setupDb, config, clock: systemClock });
    const devices = await ensureSimDevices(setupDb, systemClock, {
      count: o.devices,
      mnPrefix: 'CRASH',
      password: 'crash1',
    });
    await setupDb.destroy();
    const port = await freePort();
    let server = await startServer(dbFile, port);
    log(`gateway on 127.0.0.1:${port}, ${devices.length} devices, database ${dbFile}`);

    const acked = new Map<string, { valueText: string; flag: string }>();
    let ackedPackets = 0;
    let ackedBeforeKill = 0;
    let phase: 'before' | 'down' | 'after' = 'before';
    let ackedAfterRestart = 0;
    const downMs = o.downMs ?? 500;
    const stop = new AbortController();
    const sim = runSimulator({
      host: '127.0.0.1',
      port,
      devices,
      rate: o.rate ?? Infinity,
      durationMs: Infinity,
      signal: stop.signal,
      startMs: Date.parse('2026-01-01T00:00:00Z'),
      reconnectMs: 100,
      window: 8,
      onAck: (p) => {
        ackedPackets++;
        if (phase === 'after') ackedAfterRestart++;
        for (const r of p.readings)
          acked.set(`${p.mn}|${SIM_FACTOR_MAP[r.code]?.parameter}|${r.period}|${r.periodStart}`, {
            valueText: r.valueText,
            flag: r.flag,
          });
      },
    });
    await new Promise((r) => setTimeout(r, o.beforeKillMs));
    server.kill('SIGKILL');
    await exited(server);
    phase = 'down';
    ackedBeforeKill = ackedPackets;
    const journalRowsAtKill = await journalBacklog(dbFile);
    log(
      `killed the gateway (SIGKILL) after ${ackedBeforeKill} acknowledged packets; ${journalRowsAtKill} journal rows not yet applied`,
    );
    await new Promise((r) => setTimeout(r, downMs));
    server = await startServer(dbFile, port);
    phase = 'after';
    log('restarted the gateway');
    await new Promise((r) => setTimeout(r, o.afterRestartMs));
    stop.abort();
    const stats = await sim;
    log(
      `simulator: sent ${stats.sent}, acked ${stats.acked}, rejected ${stats.rejected}, reconnects ${stats.reconnects}`,
    );
    server.kill('SIGTERM');
    await exited(server);

    const db = createDb(dbFile);
    const rows = await db
      .selectFrom('observations')
      .innerJoin('devices', 'devices.station_id', 'observations.station_id')
      .select([
        'devices.mn',
        'observations.parameter',
        'observations.period',
        'observations.period_start',
        'observations.value_text',
        'observations.flag',
      ])
      .execute();
    await db.destroy();
    const stored = new Map(rows.map((r) => [`${r.mn}|${r.parameter}|${r.period}|${r.period_start}`, r]));
    let missing = 0;
    let mismatched = 0;
    const examples: string[] = [];
    for (const [key, want] of acked) {
      const got = stored.get(key);
      if (!got) missing++;
      else if (got.value_text !== want.valueText || got.flag !== want.flag) mismatched++;
      else continue;
      if (examples.length < 5)
        examples.push(
          `${key}: acknowledged ${want.valueText}/${want.flag}, stored ${got ? `${got.value_text}/${got.flag}` : 'nothing'}`,
        );
    }
    return {
      ackedPackets,
      ackedReadings: acked.size,
      ackedBeforeKill,
      ackedAfterRestart,
      missing,
      mismatched,
      examples,
      reconnects: stats.reconnects,
      journalRowsAtKill,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { devices: { type: 'string', default: '50' }, seconds: { type: 'string', default: '10' } },
  });
  const half = (Number(values.seconds) * 1000) / 2;
  const result = await runCrashSafety({
    devices: Number(values.devices),
    beforeKillMs: half,
    afterRestartMs: half,
    log: (l) => console.log(l),
  });
  console.log(JSON.stringify(result, null, 2));
  console.log(
    result.missing === 0 && result.mismatched === 0
      ? 'PASS: every acknowledged reading is stored'
      : 'FAIL: acknowledged readings were lost',
  );
  process.exit(result.missing === 0 && result.mismatched === 0 ? 0 : 1);
}
