import { parseArgs } from 'node:util';
import { loadConfig } from '../../../config';
import { createDb } from '../../../db/database';
import { prepareDatabase } from '../../../platform/bootstrap';
import { systemClock } from '../../../platform/clock';
import { runSimulator } from './device-simulator';
import { formatLatency } from './latency-stats';
import { ensureSimDevices, simDevices } from './sim-devices';

type Io = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

const SIMULATE_USAGE = `ecocloud hj212 simulate --host H --port P --devices N --rate R [--duration S] [--mn-prefix X] [--password P]
    [--seed N] [--start ISO] [--register]
  N loggers send real-time, minute and hourly air packets (some flagged, some split) at R packets/s in
  total (R = 0: as fast as acknowledgements allow) for S seconds (default 10). --register first adds
  the devices and one station each to the database of DATABASE_URL.
`;

/** `ecocloud hj212 simulate`: a load and demo generator speaking HJ 212 to a gateway. */
export async function runHj212Simulate(argv: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string' },
      devices: { type: 'string', default: '10' },
      rate: { type: 'string', default: '100' },
      duration: { type: 'string', default: '10' },
      'mn-prefix': { type: 'string', default: 'SIM' },
      password: { type: 'string', default: '123456' },
      seed: { type: 'string', default: '1' },
      start: { type: 'string' },
      register: { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  const count = Number(values.devices);
  const rate = Number(values.rate);
  if (!Number.isInteger(port) || port <= 0 || !Number.isInteger(count) || count <= 0 || !(rate >= 0)) {
    io.stderr.write(SIMULATE_USAGE);
    return 2;
  }
  const fleet = { count, mnPrefix: values['mn-prefix'], password: values.password };
  let devices = simDevices(fleet);
  if (values.register) {
    const config = loadConfig();
    const db = createDb(config.databaseUrl);
    try {
      await prepareDatabase({ db, config, clock: systemClock });
      devices = await ensureSimDevices(db, systemClock, fleet);
    } finally {
      await db.destroy();
    }
  }
  const stats = await runSimulator({
    host: values.host,
    port,
    devices,
    rate: rate === 0 ? Infinity : rate,
    durationMs: Number(values.duration) * 1000,
    seed: Number(values.seed),
    reconnectMs: 1000,
    ...(values.start ? { startMs: Date.parse(values.start) } : {}),
  });
  io.stdout.write(
    `sent ${stats.sent} packets, acknowledged ${stats.acked} (${stats.readingsAcked} readings), rejected ${stats.rejected}, reconnects ${stats.reconnects}; ack latency ${formatLatency(stats.latenciesMs)}\n`,
  );
  return stats.rejected > 0 ? 1 : 0;
}
