/**
 * The HJ 212 gateway under attack, beside a well-behaved logger: starts the gateway (default
 * limits, as `ecocloud gateway` would) in a child process on a fresh SQLite file, runs one
 * simulated logger against it, and in turn lets each attack run beside it: a junk flood, 2,000
 * idle connections from one address and 2,100 from 21, slow senders (a byte at a time), over-long fields and a split-packet flood.
 * Prints, per attack, the good logger's ack latency (p50/p99), its acks received of those
 * expected, whether a new logger connection still gets its ack, and the server's RSS and heap
 * (after a GC) before and after. All traffic goes to 127.0.0.1 (attackers from 127.0.0.2-8, so
 * per-address limits hit them, not the logger), bounded in count and time; it stops by itself.
 * Each attack runs in a process of its own, so its CPU is not charged to the logger's latency.
 *
 *   npx tsx scripts/adversarial-gateway.ts [--seconds 10] [--idle 2000] [--split 20000] [--rate 50]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { encodePacket, FrameReader, decodeFrame } from '@ecocloud/hj212';
import { runSimulator } from '../apps/server/src/modules/monitoring/simulator/device-simulator';
import { percentile } from '../apps/server/src/modules/monitoring/simulator/latency-stats';
import { hourlyPacket, type SimDevice } from '../apps/server/src/modules/monitoring/simulator/sim-packets';

const repoRoot = path.resolve(import.meta.dirname, '..');
const SELF = path.join(repoRoot, 'scripts/adversarial-gateway.ts');
const FLEET = { count: 3, mnPrefix: 'ADVERSARIAL', password: '123456' }; // 0 the good logger, 1 the new-connection probe, 2 the attacker's own registered MN

export type AdversarialOptions = {
  /** how long each attack runs beside the logger */
  seconds: number;
  idleConnections: number;
  splitHalves: number;
  /** the good logger's packets per second */
  rate: number;
  log?: (line: string) => void;
};

type Probe = { rss: number; heapUsed: number; stats: Record<string, number>; quarantineRows: number };

export type PhaseResult = {
  attack: string;
  p50: number;
  p99: number;
  acked: number;
  expected: number;
  /** a fresh connection's first packet: ack time in ms, or null when it got none */
  newConnectionMs: number | null;
  before: Probe;
  after: Probe;
  /** what the attack did, and what the server did about it */
  note: string;
};

// ---------- the server (child process) ----------

async function serve(dbFile: string): Promise<void> {
  // Imported here: the attack processes need none of the server, and start faster without it.
  const { loadConfig } = await import('../apps/server/src/config');
  const { createDb } = await import('../apps/server/src/db/database');
  const { prepareDatabase } = await import('../apps/server/src/platform/bootstrap');
  const { systemClock } = await import('../apps/server/src/platform/clock');
  const { startGateway } = await import('../apps/server/src/modules/monitoring/gateway/gateway.server');
  const { ensureSimDevices } = await import('../apps/server/src/modules/monitoring/simulator/sim-devices');
  const config = loadConfig({ DATABASE_URL: dbFile, LOG_LEVEL: 'silent', HOST: '127.0.0.1' });
  const db = createDb(dbFile);
  const deps = { db, config, clock: systemClock };
  await prepareDatabase(deps);
  const devices = await ensureSimDevices(db, systemClock, FLEET);
  const quiet = { info: () => {}, warn: () => {}, error: () => {} };
  const gw = await startGateway(deps, quiet, { port: 0, host: '127.0.0.1' });
  const send = (m: unknown) => process.send?.(m);
  process.once('disconnect', () => process.exit(1)); // the run ended (or was killed): never outlive it
  send({ kind: 'ready', port: gw.port, devices });
  process.on('message', (m: { kind: string; id: number }) => {
    if (m.kind === 'probe') {
      void (async () => {
        await gw.applied();
        (globalThis as { gc?: () => void }).gc?.();
        const { rss, heapUsed } = process.memoryUsage();
        const row = await db
          .selectFrom('quarantine')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        send({ kind: 'probe', id: m.id, rss, heapUsed, stats: { ...gw.stats }, quarantineRows: Number(row.n) });
      })();
    } else if (m.kind === 'stop') {
      void gw
        .close()
        .then(() => db.destroy())
        .then(() => process.exit(0));
    }
  });
}

// ---------- the attacks (this process) ----------

type Attack = { name: string; prepare?: () => void; run: (until: number) => Promise<string> };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function connectFrom(port: number, localAddress: string): Promise<net.Socket | null> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1', localAddress });
    socket.once('connect', () => resolve(socket));
    socket.once('error', () => resolve(null));
    socket.on('error', () => {});
  });
}

const isClosed = (s: net.Socket) => s.destroyed || s.readyState === 'closed';

/** Resolves when the socket drains or closes (or after 200 ms), leaving no listener behind. */
function writable(s: net.Socket): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      s.off('drain', done);
      s.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, 200);
    s.once('drain', done);
    s.once('close', done);
  });
}

function attacks(port: number, attacker: SimDevice, o: AdversarialOptions): Attack[] {
  const stamp = (i: number) => `2026030112${String(i % 10_000_000).padStart(7, '0')}`;
  let overlong: string[] = [];
  let halves: string[] = [];
  return [
    {
      name: 'none (baseline)',
      run: async (until) => {
        await sleep(until - Date.now());
        return '';
      },
    },
    {
      name: 'junk flood',
      run: async (until) => {
        // `##\r\n` (once a quarantine row each) and binary noise, as fast as the sockets take it, reconnecting when closed.
        const chunk = Buffer.concat([Buffer.from('##\r\n'.repeat(8192)), Buffer.alloc(32 * 1024, 0x5a)]);
        let sent = 0;
        let conns = 0;
        const worker = async (from: string) => {
          while (Date.now() < until) {
            const s = await connectFrom(port, from);
            if (!s) {
              await sleep(20);
              continue;
            }
            conns++;
            while (!isClosed(s) && Date.now() < until) {
              if (!s.write(chunk)) await writable(s);
              sent += chunk.length;
            }
            s.destroy();
          }
        };
        await Promise.all(['127.0.0.2', '127.0.0.6', '127.0.0.7', '127.0.0.8'].map(worker)); // four attacking hosts
        return `${(sent / 1048576).toFixed(0)} MiB offered over ${conns} connections from 4 addresses`;
      },
    },
    idleFlood(port, o.idleConnections, ['127.0.0.5']),
    // Spread over hosts, each within its per-address cap: the connection cap fills, and connections that never logged in make room.
    idleFlood(
      port,
      o.idleConnections + 100,
      Array.from({ length: 21 }, (_, i) => `127.0.1.${i + 1}`),
    ),
    {
      name: 'slow senders (a byte at a time)',
      run: async (until) => {
        const frame = Buffer.from(hourlyPacket(attacker, new Date(), 1));
        const sockets = (await Promise.all(Array.from({ length: 200 }, () => connectFrom(port, '127.0.0.3')))).filter(
          (s): s is net.Socket => s !== null,
        );
        let pos = 0;
        while (Date.now() < until) {
          for (const s of sockets)
            if (!isClosed(s)) s.write(frame.subarray(pos % frame.length, (pos % frame.length) + 1));
          pos++;
          await sleep(50);
        }
        const open = sockets.filter((s) => !isClosed(s)).length;
        for (const s of sockets) s.destroy();
        return `200 tried, ${sockets.length} connected, ${open} still open at the end`;
      },
    },
    {
      name: 'over-long fields',
      prepare: () => {
        // The attacker's registered MN: a 100-character Flag, a 4,000-digit value, a 60-character factor code.
        overlong = Array.from({ length: 2000 }, (_, i) =>
          encodePacket(
            {
              qn: stamp(i),
              st: '22',
              cn: '2011',
              pw: attacker.password,
              mn: attacker.mn,
              flag: 5,
              cp: `DataTime=20260301120000;a34004-Rtd=${'9'.repeat(4000)};a34004-Flag=${'N'.repeat(100)};${'x'.repeat(60)}-Rtd=1`,
            },
            { maxDataBytes: 9999 },
          ),
        );
      },
      run: async (until) => {
        const s = await connectFrom(port, '127.0.0.4');
        if (!s) return 'could not connect';
        let replies = 0;
        const reader = new FrameReader();
        s.on('data', (c: Buffer) => {
          replies += reader.push(c).length;
        });
        let i = 0;
        while (Date.now() < until && !isClosed(s)) {
          for (let k = 0; k < 20; k++) s.write(overlong[i++ % overlong.length]!);
          await sleep(10);
        }
        await sleep(300);
        s.destroy();
        return `${i} sent (~2,000/s), ${replies} replies`;
      },
    },
    {
      name: `split flood (${o.splitHalves} first halves)`,
      prepare: () => {
        halves = Array.from({ length: o.splitHalves }, (_, i) =>
          encodePacket({
            qn: stamp(i),
            st: '22',
            cn: '2011',
            pw: attacker.password,
            mn: attacker.mn,
            flag: 7,
            pnum: 2,
            pno: 1,
            cp: { params: [['DataTime', '20260301120000']], factors: { a34004: { Rtd: String(i), Flag: 'N' } } },
          }),
        );
      },
      run: async (until) => {
        const s = await connectFrom(port, '127.0.0.4');
        if (!s) return 'could not connect';
        for (let i = 0; i < halves.length; i += 500) {
          if (!s.write(halves.slice(i, i + 500).join(''))) await writable(s);
        }
        await sleep(until - Date.now());
        s.destroy();
        return `${halves.length} sent`;
      },
    },
  ];
}

function idleFlood(port: number, count: number, from: string[]): Attack {
  return {
    name: `idle connections (${count.toLocaleString('en')} from ${from.length === 1 ? 'one address' : `${from.length} addresses`})`,
    run: async (until) => {
      const sockets: net.Socket[] = [];
      for (let i = 0; i < count && Date.now() < until; i += 100) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(100, count - i) }, (_, k) => connectFrom(port, from[(i + k) % from.length]!)),
        );
        for (const s of batch) if (s) sockets.push(s);
      }
      await sleep(until - Date.now());
      const open = sockets.filter((s) => !isClosed(s)).length;
      for (const s of sockets) s.destroy();
      return `${sockets.length} opened, ${open} still open at the end`;
    },
  };
}

/** A logger connecting during the attack: ms to the ack of its first packet, null without one. */
async function newConnection(port: number, device: SimDevice): Promise<number | null> {
  const s = await connectFrom(port, '127.0.0.1');
  if (!s) return null;
  const started = performance.now();
  const reader = new FrameReader();
  const acked = new Promise<boolean>((resolve) => {
    s.on('data', (c: Buffer) => {
      for (const ev of reader.push(c)) if (ev.kind === 'frame' && decodeFrame(ev.raw).cn === '9014') resolve(true);
    });
    s.once('close', () => resolve(false));
    setTimeout(() => resolve(false), 5000);
  });
  s.write(hourlyPacket(device, new Date(Date.now() - Math.floor(Math.random() * 1e9)), 1));
  const ok = await acked;
  s.destroy();
  return ok ? performance.now() - started : null;
}

function startServer(
  dbFile: string,
): Promise<{ child: ChildProcess; port: number; devices: SimDevice[]; probe: () => Promise<Probe> }> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', SELF, '--serve', dbFile], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let seq = 0;
  const waiting = new Map<number, (p: Probe) => void>();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('gateway did not start')), 60_000);
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}`)));
    child.on('message', (m: { kind: string; id: number; port: number; devices: SimDevice[] } & Probe) => {
      if (m.kind === 'ready') {
        clearTimeout(timer);
        const probe = () =>
          new Promise<Probe>((r) => {
            const id = ++seq;
            waiting.set(id, r);
            child.send({ kind: 'probe', id });
          });
        resolve({ child, port: m.port, devices: m.devices, probe });
      } else if (m.kind === 'probe') {
        waiting.get(m.id)?.(m);
        waiting.delete(m.id);
      }
    });
  });
}

/** Runs attack `index` in this process (a child of the run, so its CPU does not slow the good logger's measurement). */
async function attackChild(index: number, port: number, attacker: SimDevice, o: AdversarialOptions): Promise<void> {
  process.once('disconnect', () => process.exit(0));
  const attack = attacks(port, attacker, o)[index]!;
  attack.prepare?.();
  const until = Date.now() + o.seconds * 1000;
  process.send?.({ kind: 'started' });
  const note = await attack.run(until);
  process.send?.({ kind: 'done', note }, () => process.exit(0));
}

function startAttack(
  index: number,
  port: number,
  attacker: SimDevice,
  o: AdversarialOptions,
): { started: Promise<void>; done: Promise<string> } {
  const args = [
    '--import',
    'tsx',
    SELF,
    '--attack',
    String(index),
    '--port',
    String(port),
    '--attacker',
    JSON.stringify(attacker),
    '--seconds',
    String(o.seconds),
    '--idle',
    String(o.idleConnections),
    '--split',
    String(o.splitHalves),
  ];
  const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let started!: () => void;
  const startedP = new Promise<void>((r) => {
    started = r;
  });
  const done = new Promise<string>((resolve) => {
    let note = 'attack process ended without a result';
    child.on('message', (m: { kind: string; note?: string }) => {
      if (m.kind === 'started') started();
      else if (m.kind === 'done') note = m.note ?? '';
    });
    child.once('exit', () => {
      started();
      resolve(note);
    });
  });
  return { started: startedP, done };
}

export async function runAdversarial(o: AdversarialOptions): Promise<PhaseResult[]> {
  const log = o.log ?? (() => {});
  const dir = mkdtempSync(path.join(tmpdir(), 'ecocloud-adversarial-'));
  const server = await startServer(path.join(dir, 'adversarial.db'));
  const [good, prober, attacker] = server.devices as [SimDevice, SimDevice, SimDevice];
  const results: PhaseResult[] = [];
  let firstPacket = 0;
  try {
    const names = attacks(server.port, attacker, o).map((a) => a.name);
    for (const [index, name] of names.entries()) {
      const before = await server.probe();
      const attack = startAttack(index, server.port, attacker, o);
      await attack.started;
      const logger = runSimulator({
        host: '127.0.0.1',
        port: server.port,
        devices: [good],
        rate: o.rate,
        durationMs: o.seconds * 1000,
        window: 16,
        splitRatio: 0,
        reconnectMs: 100,
        drainMs: 10_000,
        firstPacket,
        seed: 7,
      });
      await sleep(o.seconds * 500);
      const newConnectionMs = await newConnection(server.port, prober);
      const [stats, note] = await Promise.all([logger, attack.done]);
      firstPacket = stats.nextPacket;
      await sleep(500); // the server notices closed sockets
      const after = await server.probe();
      const r: PhaseResult = {
        attack: name,
        p50: percentile(stats.latenciesMs, 50),
        p99: percentile(stats.latenciesMs, 99),
        acked: stats.acked,
        expected: stats.sent,
        newConnectionMs,
        before,
        after,
        note: [note, serverNote(before, after)].filter(Boolean).join('; '),
      };
      results.push(r);
      log(formatRow(r));
    }
  } finally {
    server.child.send({ kind: 'stop' });
    await new Promise((r) => {
      server.child.once('exit', r);
      setTimeout(r, 10_000);
    });
    server.child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

function serverNote(before: Probe, after: Probe): string {
  const d = (k: string) => (after.stats[k] ?? 0) - (before.stats[k] ?? 0);
  const parts = [
    ['refused (per-address cap)', d('refused')],
    ['closed without a first frame', d('noFirstFrame')],
    ['closed for junk', d('junkClosed')],
    ['refused (junk cool-down)', d('cooledDown')],
    ['evicted (never logged in, cap reached)', d('evicted')],
    ['inputs quarantined', d('quarantined')],
    ['quarantine rows', after.quarantineRows - before.quarantineRows],
    ['split parts evicted', d('splitEvicted')],
  ] as const;
  return `server: ${
    parts
      .filter(([, n]) => n !== 0)
      .map(([k, n]) => `${k} ${n.toLocaleString('en')}`)
      .join(', ') || 'nothing to do'
  }`;
}

const mib = (n: number) => (n / 1048576).toFixed(0);

export const TABLE_HEADER =
  '| attack | good logger ack p50 / p99 (ms) | acks / expected | new connection acked in | server RSS before → after (MiB) | heap before → after (MiB) | what happened |\n|---|---|---|---|---|---|---|';

export function formatRow(r: PhaseResult): string {
  return (
    `| ${r.attack} | ${r.p50.toFixed(1)} / ${r.p99.toFixed(1)} | ${r.acked} / ${r.expected} | ${r.newConnectionMs === null ? 'no ack' : `${r.newConnectionMs.toFixed(0)} ms`} | ` +
    `${mib(r.before.rss)} → ${mib(r.after.rss)} | ${mib(r.before.heapUsed)} → ${mib(r.after.heapUsed)} | ${r.note} |`
  );
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const { values } = parseArgs({
    options: {
      serve: { type: 'string' },
      attack: { type: 'string' },
      port: { type: 'string' },
      attacker: { type: 'string' },
      seconds: { type: 'string', default: '10' },
      idle: { type: 'string', default: '2000' },
      split: { type: 'string', default: '20000' },
      rate: { type: 'string', default: '50' },
    },
  });
  const options = {
    seconds: Number(values.seconds),
    idleConnections: Number(values.idle),
    splitHalves: Number(values.split),
    rate: Number(values.rate),
  };
  if (values.serve) {
    await serve(values.serve);
  } else if (values.attack !== undefined) {
    await attackChild(
      Number(values.attack),
      Number(values.port),
      JSON.parse(values.attacker ?? '{}') as SimDevice,
      options,
    );
  } else {
    console.log(TABLE_HEADER);
    await runAdversarial({ ...options, log: (l) => console.log(l) });
  }
}
