/**
 * Load generator for the ingest benchmark, run in its own process so the loggers' CPU is not
 * taken from the gateway: `node --import tsx bench/ingest-load.ts '{"port":…}'` prints one JSON line.
 */
import { runSimulator } from '../apps/server/src/modules/monitoring/simulator/device-simulator';
import { percentile } from '../apps/server/src/modules/monitoring/simulator/latency-stats';
import { simDevices } from '../apps/server/src/modules/monitoring/simulator/sim-devices';

/** `rate`: packets per second over all devices; 0 = as fast as acknowledgements allow (closed loop). */
export type LoadArgs = {
  port: number;
  devices: number;
  durationMs: number;
  window: number;
  mnPrefix: string;
  password: string;
  startMs: number;
  flagRatio: number;
  rate: number;
  /** packet number each device starts at, so runs against one database never repeat a storage key */
  firstPacket: number;
  /** packets per device built before the clock starts (runSimulator's prebuild) */
  prebuild: number;
};
export type LoadResult = {
  sent: number;
  acked: number;
  rejected: number;
  readingsAcked: number;
  elapsedMs: number;
  p50: number;
  p99: number;
};

const args = JSON.parse(process.argv[2] ?? '{}') as LoadArgs;
const devices = simDevices({ count: args.devices, mnPrefix: args.mnPrefix, password: args.password });
// Warm-up: connections and the gateway's device cache, not measured.
await runSimulator({
  host: '127.0.0.1',
  port: args.port,
  devices,
  rate: Infinity,
  durationMs: 500,
  window: 2,
  startMs: args.startMs,
  firstPacket: args.firstPacket,
  reconnectMs: null,
});
const s = await runSimulator({
  host: '127.0.0.1',
  port: args.port,
  devices,
  rate: args.rate > 0 ? args.rate : Infinity,
  durationMs: args.durationMs,
  window: args.window,
  startMs: args.startMs,
  firstPacket: args.firstPacket + 10_000,
  flagRatio: args.flagRatio,
  reconnectMs: null,
  drainMs: 10_000,
  prebuild: args.prebuild,
});
const result: LoadResult = {
  sent: s.sent,
  acked: s.acked,
  rejected: s.rejected,
  readingsAcked: s.readingsAcked,
  elapsedMs: s.elapsedMs,
  p50: percentile(s.latenciesMs, 50),
  p99: percentile(s.latenciesMs, 99),
};
console.log(JSON.stringify(result));
