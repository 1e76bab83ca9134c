import { destination, pino } from 'pino';
import { loadConfig } from '../../../config';
import { createDb } from '../../../db/database';
import { prepareDatabase } from '../../../platform/bootstrap';
import { systemClock } from '../../../platform/clock';
import { startGateway } from './gateway.server';

type Io = { stdout: NodeJS.WritableStream };

/**
 * `ecocloud gateway`: the HJ 212 gateway alone (no web server), for a dedicated ingest process.
 * Prints one line when listening; SIGTERM/SIGINT commit and acknowledge what was received, then exit.
 */
export async function runGatewayCommand(io: Io): Promise<number> {
  const config = loadConfig();
  const port = config.hj212Port === 0 ? 9212 : config.hj212Port;
  const log = pino({ level: config.logLevel }, destination(2));
  const db = createDb(config.databaseUrl);
  const deps = { db, config, clock: systemClock };
  await prepareDatabase(deps);
  const gateway = await startGateway(deps, log, { port });
  io.stdout.write(`HJ 212 gateway listening on ${config.host}:${gateway.port}\n`);
  const shutdown = async () => {
    await gateway.close();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  return -1;
}
