import net from 'node:net';
import type { Service } from '../../../server-module';
import { monitoringReads } from '../../monitoring';
import { hourFloor } from '../judge/judge.service';
import { demoMinutePacket } from './demo-profiles';
import { fedLoggers, type FedLogger } from './demo-targets';

const MINUTE_MS = 60_000;
const TICK_MS = 5000;

/**
 * ECOCLOUD_SIMULATOR=1 with the gateway on: the compliance demo's outlet loggers connect to the local HJ 212
 * gateway and send their minute data (2051) with the demo profiles, each minute once it has ended. At start
 * they send the current hour's minutes so far, so the hour the compliance worker judges next is complete
 * (re-sending a minute is idempotent: the same minute gives the same values). A minute is counted sent only
 * once the socket took it; after a failed write the next tick sends it again.
 */
export const startComplianceDemoFeed: Service = async (deps, log) => {
  if (!deps.config.simulator || deps.config.hj212Port === 0) return async () => {};
  const fed = await fedLoggers(deps.db);
  const logins = new Map(
    (
      await monitoringReads.enabledDeviceLogins(
        deps.db,
        fed.map((f) => f.logger.mn),
      )
    ).map((d) => [d.mn, d]),
  );
  const feeds = fed.flatMap((f): [FedLogger, monitoringReads.DeviceLogin][] => {
    const login = logins.get(f.logger.mn);
    return login ? [[f, login]] : [];
  });
  if (feeds.length === 0) {
    log.warn({}, 'ECOCLOUD_SIMULATOR=1 but no demo outlet logger is registered; the outlet feed sends nothing');
    return async () => {};
  }
  let socket: net.Socket | null = null;
  let stopped = false;
  let writing = false;
  let next = hourFloor(deps.clock.now().getTime());
  const connect = () => {
    const s = net.connect({ host: '127.0.0.1', port: deps.config.hj212Port });
    s.on('data', () => {
      /* acks: the demo feed does not track them */
    });
    s.on('error', (err) => log.warn({ err }, 'demo outlet feed connection failed'));
    s.on('close', () => {
      if (socket === s) socket = null;
      writing = false;
    });
    socket = s;
    return s;
  };
  const tick = () => {
    if (stopped || writing) return;
    const due = Math.floor(deps.clock.now().getTime() / MINUTE_MS) * MINUTE_MS;
    if (next >= due) return;
    const s = socket && !socket.destroyed ? socket : connect();
    const frames: string[] = [];
    // At most an hour per tick: a clock that jumped ahead is caught up over a few ticks.
    const upTo = Math.min(due, next + 60 * MINUTE_MS);
    for (let t = next; t < upTo; t += MINUTE_MS)
      for (const [f, login] of feeds) frames.push(demoMinutePacket(f.profile, login, t));
    writing = true;
    s.write(frames.join(''), (err) => {
      writing = false;
      if (!err) next = upTo;
    });
  };
  const timer = setInterval(tick, TICK_MS);
  tick();
  log.info({ loggers: feeds.length }, 'demo outlet loggers feeding the HJ 212 gateway');
  return async () => {
    stopped = true;
    clearInterval(timer);
    socket?.end();
  };
};
