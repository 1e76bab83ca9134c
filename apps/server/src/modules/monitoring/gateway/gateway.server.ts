import type { QuarantineReasonCode } from '@ecocloud/contracts';
import net from 'node:net';
import { DEFAULT_MAX_FRAME_BYTES, SplitReassembler, type DecodedFrame, type ExpiredGroup } from '@ecocloud/hj212';
import type { AppDeps } from '../../../app-deps';
import { updateQuarantineCount } from '../quarantine/quarantine.repository';
import { pruneQuarantine, quarantine } from '../quarantine/quarantine.service';
import type { IngestBatch } from './batch-store';
import { DeviceRegistry } from './device-registry';
import { GatewayConnection, type GatewayStats } from './gateway-connection';
import type { GatewayLog } from './gateway-log';
import { IngestBatcher, type IngestBatcherOptions } from './ingest-batcher';
import { batchRows } from './journal/journal-codec';
import { openJournal, type JournalOptions } from './journal/open-journal';
import { QuarantineGate, type QuarantineGateOptions } from './quarantine-gate';

export type GatewayOptions = {
  /** TCP port; 0 picks a free one (tests) */
  port: number;
  host?: string;
  maxConnections?: number;
  /** connections per client address; 0 = no limit; default ECOCLOUD_HJ212_MAX_CONNECTIONS_PER_ADDRESS */
  maxConnectionsPerAddress?: number;
  /** a connection with no authenticated frame this long after connecting is closed, ms; 0 = never */
  firstFrameMs?: number;
  /** rejected bytes a connection may send before its first authenticated frame; default 64 KiB */
  maxRejectedBytes?: number;
  /** how rejected input is gathered into quarantine rows (tests shorten the times) */
  quarantine?: QuarantineGateOptions;
  /** quarantine rows older than this are deleted (hourly); 0 = kept; default ECOCLOUD_QUARANTINE_RETENTION_DAYS */
  quarantineRetentionDays?: number;
  /** a connection silent this long is closed, ms */
  idleMs?: number;
  maxFrameBytes?: number;
  maxPendingFrames?: number;
  /** how long the first part of a split packet waits for the rest, ms; default 60 s */
  splitTimeoutMs?: number;
  /** parts and data bytes of split packets one logger (MN) may have waiting; past either its oldest groups go to quarantine; default 256 and 1 MiB */
  maxSplitPartsPerLogger?: number;
  maxSplitBytesPerLogger?: number;
  registryTtlMs?: number;
  batch?: Omit<IngestBatcherOptions, 'backlog'>;
  journal?: JournalOptions;
  /** commits one batch before its packets are acknowledged; default: append to the ingest journal (tests wrap it to simulate a slow disk) */
  store?: (batch: IngestBatch) => Promise<void>;
};

export type Gateway = {
  port: number;
  stats: GatewayStats;
  registry: DeviceRegistry;
  /** Resolves once everything acknowledged so far is applied to observations (tests, benchmark, shutdown). */
  applied(): Promise<void>;
  /** Rows acknowledged and not yet applied to observations. */
  readonly pendingRows: number;
  close(): Promise<void>;
};

/**
 * Starts the HJ 212 TCP gateway: per-connection framing, a cap on connections and frame size,
 * idle timeout, group-committed storage with acknowledgement after commit, quarantine of every
 * rejected byte, and expiry of incomplete split packets into quarantine.
 */
export async function startGateway(deps: AppDeps, log: GatewayLog, options: GatewayOptions): Promise<Gateway> {
  const { db, clock } = deps;
  const stats: GatewayStats = {
    connections: 0,
    frames: 0,
    readings: 0,
    acks: 0,
    quarantined: 0,
    paused: 0,
    refused: 0,
    noFirstFrame: 0,
    junkClosed: 0,
    splitEvicted: 0,
    cooledDown: 0,
    evicted: 0,
  };
  const registry = new DeviceRegistry(db, { ttlMs: options.registryTtlMs ?? 5000 });
  const rawOf = new WeakMap<DecodedFrame, { raw: Buffer; remote: string }>();
  const { journal, applier } = await openJournal(deps, log, options.journal);
  const append = async (batch: IngestBatch) => {
    await journal.append(batch);
    applier.noteAppended(batchRows(batch));
  };
  const batcher = new IngestBatcher(options.store ?? append, { ...options.batch, backlog: () => applier.pendingRows });
  applier.onProgress(() => batcher.notifyDrain());
  const gate = new QuarantineGate(
    {
      insert: (item) => quarantine(db, clock, { source: 'hj212', ...item }),
      update: (id, run) => updateQuarantineCount(db, id, run),
    },
    log,
    options.quarantine,
  );
  const retentionDays = options.quarantineRetentionDays ?? deps.config.quarantineRetentionDays;
  let pruned: Promise<void> = Promise.resolve();
  const prune = () => {
    if (retentionDays > 0) {
      pruned = pruneQuarantine(db, clock, retentionDays).then(
        (n) => {
          if (n > 0) log.info({ rows: n, retentionDays }, 'quarantine pruned');
        },
        (err: unknown) => log.error({ err }, 'quarantine prune failed'),
      );
    }
  };
  prune();
  const pruning = setInterval(prune, 3600_000);
  pruning.unref();
  // Parts whose group never completed, or that a logger held beyond its bound, are kept whole in quarantine.
  // Evicted parts of one logger are gathered into one row a minute (with their count), like junk.
  const quarantineParts = (
    group: ExpiredGroup,
    reasonCode: QuarantineReasonCode,
    reason: string,
    runKey: string | null,
  ) => {
    for (const part of group.parts) {
      const held = rawOf.get(part);
      const remote = held?.remote ?? 'unknown';
      void gate.submit(
        { remote, raw: held?.raw ?? Buffer.alloc(0), mn: part.mn, reasonCode, reason },
        addressOf(remote),
        runKey,
      );
      stats.quarantined++;
    }
  };
  const reassembler = new SplitReassembler({
    timeoutMs: options.splitTimeoutMs ?? 60_000,
    maxPartsPerMn: options.maxSplitPartsPerLogger ?? 256,
    maxBytesPerMn: options.maxSplitBytesPerLogger ?? 1024 * 1024,
    onEvict: (group) => {
      stats.splitEvicted += group.parts.length;
      quarantineParts(
        group,
        'HJ212_SPLIT_EVICTED',
        `split packet evicted: the logger held more incomplete split packets than allowed (${group.parts.length} of ${group.total} parts arrived)`,
        `evicted ${group.parts[0]?.mn ?? ''}`,
      );
    },
  });
  const connections = new Set<{ socket: net.Socket; conn: GatewayConnection }>();
  const perAddress = new AddressCounter(options.maxConnectionsPerAddress ?? deps.config.hj212MaxConnectionsPerAddress);
  const firstFrameMs = options.firstFrameMs ?? deps.config.hj212FirstFrameSeconds * 1000;
  const maxConnections = options.maxConnections ?? deps.config.hj212MaxConnections;
  let lastEvictionLog = 0;
  /**
   * With the cap reached, a new connection takes the place of the oldest one that has not logged
   * in yet: idle connections from many addresses (each within its per-address cap) would otherwise
   * keep every logger that reconnects out until the first-frame deadline. Logged-in loggers are
   * never evicted; when all connections are logged in, the new one is refused.
   */
  const evictUnauthenticated = (): boolean => {
    for (const entry of connections) {
      if (entry.conn.isAuthenticated) continue;
      connections.delete(entry);
      entry.socket.destroy();
      stats.evicted++;
      if (Date.now() - lastEvictionLog >= 60_000) {
        lastEvictionLog = Date.now();
        log.warn(
          { remote: entry.conn.remote, evicted: stats.evicted },
          'HJ 212 connection cap reached: connections that never logged in make room for new ones',
        );
      }
      return true;
    }
    return false;
  };

  const server = net.createServer((socket) => {
    const address = socket.remoteAddress ?? '?';
    const admitted = perAddress.admit(address);
    if (admitted !== 'ok') {
      if (admitted === 'cooling') stats.cooledDown++;
      else stats.refused++;
      if (admitted === 'first-refusal')
        log.warn({ address, limit: perAddress.limit }, 'HJ 212 connections refused: per-address cap reached');
      socket.destroy();
      return;
    }
    if (connections.size >= maxConnections && !evictUnauthenticated()) {
      perAddress.release(address);
      stats.refused++;
      log.warn({ remote: `${address}:${socket.remotePort}` }, 'HJ 212 connection refused: connection cap reached');
      socket.destroy();
      return;
    }
    socket.once('close', () => perAddress.release(address));
    socket.setNoDelay(true);
    socket.setTimeout(options.idleMs ?? deps.config.hj212IdleSeconds * 1000, () => socket.destroy());
    const conn = new GatewayConnection(socket, {
      registry,
      reassembler,
      rawOf,
      batcher,
      quarantine: gate,
      log,
      stats,
      maxFrameBytes: options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES,
      maxPendingFrames: options.maxPendingFrames ?? 256,
      firstFrameMs,
      maxRejectedBytes: options.maxRejectedBytes ?? 64 * 1024,
      onJunkClosed: (address) => {
        if (perAddress.noteJunkClose(address))
          log.warn(
            { address, seconds: JUNK_COOLDOWN_MS / 1000 },
            'HJ 212 address refused for a while: it kept sending only junk',
          );
      },
    });
    const entry = { socket, conn };
    connections.add(entry);
    stats.connections++;
    socket.on('close', () => {
      connections.delete(entry);
      stats.connections--;
    });
  });
  // Node's own cap is only a backstop: the handler above enforces the cap, so that it can make room.
  server.maxConnections = maxConnections + 64;
  server.on('drop', (d) =>
    log.warn({ remote: `${d?.remoteAddress}:${d?.remotePort}` }, 'HJ 212 connection refused: connection cap reached'),
  );

  const expiry = setInterval(
    () => {
      for (const group of reassembler.expire())
        quarantineParts(
          group,
          'HJ212_SPLIT_TIMEOUT',
          `split packet incomplete: ${group.parts.length} of ${group.total} parts arrived`,
          null,
        );
    },
    Math.max(50, Math.min(1000, (options.splitTimeoutMs ?? 60_000) / 4)),
  );
  expiry.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? deps.config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as net.AddressInfo).port;
  log.info({ port }, 'HJ 212 gateway listening');

  const probe = () => ({ pendingRows: applier.pendingRows, applyFailing: applier.failing });
  if (deps.health) deps.health.ingest = probe;

  return {
    port,
    stats,
    registry,
    applied: () => applier.whenApplied(),
    get pendingRows() {
      return applier.pendingRows;
    },
    close: async () => {
      clearInterval(expiry);
      clearInterval(pruning);
      if (deps.health?.ingest === probe) deps.health.ingest = null;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const { socket } of connections) socket.pause();
      await Promise.all([...connections].map(({ conn }) => conn.idle()));
      await batcher.flush(); // what was received is committed and acknowledged before the sockets go
      for (const { socket } of connections) socket.end();
      await applier.close(); // and applied: the journal is left empty on a clean stop
      await journal.close();
      await Promise.race([closed, new Promise((r) => setTimeout(r, 1000))]);
      const open = [...connections];
      for (const { socket } of open) socket.destroy();
      await Promise.race([Promise.all(open.map(({ conn }) => conn.finished)), new Promise((r) => setTimeout(r, 1000))]);
      await gate.close(); // the counts of junk runs reach their rows
      await pruned;
    },
  };
}

/** The address part of `address:port` (IPv6 addresses contain colons themselves). */
function addressOf(remote: string): string {
  const colon = remote.lastIndexOf(':');
  return colon > 0 ? remote.slice(0, colon) : remote;
}

/** An address whose connections were closed for junk this many times within a minute … */
const JUNK_CLOSES = 3;
/** … gets no new connection for this long: each reconnect would cost another round of junk judging. */
const JUNK_COOLDOWN_MS = 60_000;

/**
 * Open connections per client address. One address could otherwise take every slot of the
 * gateway's cap; loggers behind one carrier NAT or APN share an address, hence a generous cap.
 * Logs once per episode: the first refusal after the address was below its cap. An address that
 * keeps sending only junk (JUNK_CLOSES connections closed for it within a minute) is refused for
 * JUNK_COOLDOWN_MS; its loggers' open connections are not touched.
 */
class AddressCounter {
  private readonly open = new Map<string, number>();
  private readonly refusing = new Set<string>();
  private readonly junk = new Map<string, { closes: number[]; coolUntil: number }>();

  constructor(
    readonly limit: number,
    private readonly now: () => number = Date.now,
  ) {}

  admit(address: string): 'ok' | 'first-refusal' | 'refused' | 'cooling' {
    const junk = this.junk.get(address);
    if (junk && junk.coolUntil > this.now()) return 'cooling';
    const n = this.open.get(address) ?? 0;
    if (this.limit > 0 && n >= this.limit) {
      if (this.refusing.has(address)) return 'refused';
      this.refusing.add(address);
      return 'first-refusal';
    }
    this.open.set(address, n + 1);
    return 'ok';
  }

  release(address: string): void {
    const n = (this.open.get(address) ?? 1) - 1;
    if (n > 0) this.open.set(address, n);
    else this.open.delete(address);
    this.refusing.delete(address);
  }

  /** Returns true when this close starts a cool-down. */
  noteJunkClose(address: string): boolean {
    const now = this.now();
    this.forgetQuietJunk(now);
    let junk = this.junk.get(address);
    if (!junk) this.junk.set(address, (junk = { closes: [], coolUntil: 0 }));
    junk.closes = [...junk.closes.filter((at) => now - at < 60_000), now].slice(-JUNK_CLOSES);
    if (junk.closes.length < JUNK_CLOSES || junk.coolUntil > now) return false;
    junk.coolUntil = now + JUNK_COOLDOWN_MS;
    junk.closes = [];
    return true;
  }

  /**
   * Drops addresses with no junk close in the last minute and no cool-down running, so addresses
   * that junk once and never return (cheap with IPv6) cannot grow the map. Runs on each junk close:
   * the map is then at most the addresses that closed for junk within a minute.
   */
  private forgetQuietJunk(now: number): void {
    for (const [address, junk] of this.junk) {
      if (junk.coolUntil <= now && junk.closes.every((at) => now - at >= 60_000)) this.junk.delete(address);
    }
  }
}
