import net from 'node:net';
import { FrameReader } from '@ecocloud/hj212';
import { simPacket, type SimDevice, type SimPacket, type SimReading } from './sim-packets';

type AckedPacket = { mn: string; qn: string; readings: SimReading[] };

export type SimulatorOptions = {
  host: string;
  port: number;
  devices: SimDevice[];
  /** packets per second over all devices; Infinity = as fast as acknowledgements allow */
  rate: number;
  durationMs: number;
  /** unacknowledged packets a device may have outstanding (a logger's send window); default 16 */
  window?: number;
  seed?: number;
  /** simulated time of packet 0, ms; default the start of the current hour */
  startMs?: number;
  /** first packet number per device (a second run continues where the first stopped) */
  firstPacket?: number;
  splitRatio?: number;
  flagRatio?: number;
  /** reconnect after this many ms when the link drops, re-sending what was not acknowledged; null = give up */
  reconnectMs?: number | null;
  /** how long to wait for outstanding acks after the duration, ms; default 5000 */
  drainMs?: number;
  onAck?: (packet: AckedPacket) => void;
  /** ends the run early (then outstanding acks are awaited as after the duration) */
  signal?: AbortSignal;
  /**
   * Packets per device built before the clock starts (then built as needed): a benchmark's way to
   * keep the simulator's own packet building out of what it measures, as real loggers each build
   * theirs on their own CPU. Default 0.
   */
  prebuild?: number;
};

export type SimulatorStats = {
  sent: number;
  acked: number;
  rejected: number;
  readingsAcked: number;
  reconnects: number;
  latenciesMs: number[];
  nextPacket: number;
  /** from the start of sending (all devices connected, packets prebuilt) to the last acknowledgement awaited */
  elapsedMs: number;
};

type Outstanding = { packet: SimPacket; sentAt: number };

/**
 * Runs simulated loggers against a gateway: each device keeps one TCP connection, sends its
 * packets (acknowledgement requested) within its window at the configured total rate, and counts
 * a packet as delivered only when the 9014 with its QN comes back. Replies are matched by QN.
 */
export async function runSimulator(o: SimulatorOptions): Promise<SimulatorStats> {
  const stats: SimulatorStats = {
    sent: 0,
    acked: 0,
    rejected: 0,
    readingsAcked: 0,
    reconnects: 0,
    latenciesMs: [],
    nextPacket: 0,
    elapsedMs: 0,
  };
  const packetOpts = {
    seed: o.seed ?? 1,
    startMs: o.startMs ?? Math.floor(Date.now() / 3600_000) * 3600_000,
    splitRatio: o.splitRatio ?? 0.05,
    flagRatio: o.flagRatio ?? 0.03,
    ack: true,
  };
  const window = o.window ?? 16;
  let stopping = false;
  let budget = 0;
  const sims = o.devices.map((device) => new SimConnection(device, o, stats, o.firstPacket ?? 0, () => stopping));
  await Promise.all(sims.map((s) => s.connect()));
  for (const s of sims)
    for (let i = 0; i < (o.prebuild ?? 0); i++) s.built.push(simPacket(s.device, s.next + i, packetOpts));
  // The clock starts once every device is connected: counted from before, the time spent
  // connecting would be owed as one burst of packets at the start.
  const started = performance.now();
  const perTick = (ms: number) => (Number.isFinite(o.rate) ? (o.rate * ms) / 1000 : Infinity);
  let last = started;
  let cursor = 0;
  while (performance.now() - started < o.durationMs && !o.signal?.aborted) {
    const now = performance.now();
    budget = Math.min(budget + perTick(now - last), Number.isFinite(o.rate) ? o.rate : Infinity);
    last = now;
    // Round-robin over devices so the rate is spread evenly; a full window skips a device.
    let idle = 0;
    while (budget >= 1 && idle < sims.length) {
      const sim = sims[cursor % sims.length] as SimConnection;
      cursor++;
      if (sim.canSend(window)) {
        sim.queue(sim.built.shift() ?? simPacket(sim.device, sim.next, packetOpts));
        sim.next++;
        budget--;
        idle = 0;
      } else idle++;
    }
    for (const s of sims) s.flush();
    await new Promise((r) => setTimeout(r, Number.isFinite(o.rate) ? 10 : 1));
  }
  stopping = true;
  const until = performance.now() + (o.drainMs ?? 5000);
  while (sims.some((s) => s.outstanding.size > 0) && performance.now() < until)
    await new Promise((r) => setTimeout(r, 10));
  stats.elapsedMs = performance.now() - started;
  for (const s of sims) s.close();
  stats.nextPacket = Math.max(...sims.map((s) => s.next));
  return stats;
}

class SimConnection {
  readonly outstanding = new Map<string, Outstanding>();
  /** packets next, next + 1, … built ahead (SimulatorOptions.prebuild) */
  readonly built: SimPacket[] = [];
  next: number;
  private socket: net.Socket | null = null;
  private out = '';
  private resend: SimPacket[] = [];

  constructor(
    readonly device: SimDevice,
    private readonly o: SimulatorOptions,
    private readonly stats: SimulatorStats,
    first: number,
    private readonly isStopping: () => boolean,
  ) {
    this.next = first;
  }

  connect(): Promise<void> {
    return new Promise((resolve) => {
      const socket = net.connect({ host: this.o.host, port: this.o.port });
      const reader = new FrameReader();
      socket.setNoDelay(true);
      socket.on('connect', () => {
        this.socket = socket;
        // A logger re-sends what was never acknowledged (HJ 212-2017 表1: timeout and retries).
        const again = [...this.resend, ...[...this.outstanding.values()].map((x) => x.packet)];
        this.resend = [];
        this.outstanding.clear();
        for (const p of again) this.queue(p);
        this.flush();
        resolve();
      });
      socket.on('data', (chunk: Buffer) => {
        for (const ev of reader.push(chunk)) if (ev.kind === 'frame') this.onReply(ev.raw.toString('latin1'));
      });
      socket.on('error', () => resolve());
      socket.on('close', () => {
        if (this.socket === socket) this.socket = null;
        const delay = this.o.reconnectMs;
        if (delay === null || delay === undefined || this.isStopping()) return;
        this.stats.reconnects++;
        setTimeout(() => void this.connect(), delay);
      });
    });
  }

  canSend(window: number): boolean {
    return this.socket !== null && this.outstanding.size < window;
  }

  queue(packet: SimPacket): void {
    if (!this.socket) {
      this.resend.push(packet);
      return;
    }
    this.outstanding.set(packet.qn, { packet, sentAt: performance.now() });
    for (const f of packet.frames) this.out += f;
    this.stats.sent++;
  }

  flush(): void {
    if (this.out && this.socket) this.socket.write(this.out);
    this.out = '';
  }

  close(): void {
    this.socket?.destroy();
  }

  /** Replies come from our gateway: QN and CN are read by position, no full decode needed. */
  private onReply(frame: string): void {
    const qn = /QN=([^;]*)/.exec(frame)?.[1];
    const cn = /CN=([^;]*)/.exec(frame)?.[1];
    const entry = qn === undefined ? undefined : this.outstanding.get(qn);
    if (!entry || qn === undefined) return;
    if (cn === '9014') {
      // A split packet gets one ack per part; the packet counts once, on the first.
      this.outstanding.delete(qn);
      this.stats.acked++;
      this.stats.readingsAcked += entry.packet.readings.length;
      this.stats.latenciesMs.push(performance.now() - entry.sentAt);
      this.o.onAck?.({ mn: this.device.mn, qn, readings: entry.packet.readings });
    } else if (cn === '9011') {
      this.outstanding.delete(qn);
      this.stats.rejected++;
    }
  }
}
