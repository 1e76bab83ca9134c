import net from 'node:net';
import type { Service } from '../../../server-module';
import { hourlyPacket, type SimDevice } from './sim-packets';
import { enabledDevicesOfType } from '../devices/devices.repository';

const SEND_EVERY_MS = 5000;
/** HJ 212-2017 表5 system code 22, air quality: the simulator only knows ambient air. */
const AIR_QUALITY_ST = '22';

/**
 * ECOCLOUD_SIMULATOR=1 with the gateway on: the enabled air-quality devices (ST 22) of the
 * database (their MN and password) connect to the local gateway and send the hourly (2061) packet of the current
 * hour every few seconds, so the demo's "now" pages move. Re-sending the hour is idempotent.
 */
export const startDemoSimulator: Service = async (deps, log) => {
  if (!deps.config.simulator || deps.config.hj212Port === 0) return async () => {};
  const rows = await enabledDevicesOfType(deps.db, AIR_QUALITY_ST);
  const devices: SimDevice[] = rows.map((r, index) => ({ mn: r.mn, password: r.password, st: r.st, index }));
  if (devices.length === 0) {
    log.warn(
      {},
      'ECOCLOUD_SIMULATOR=1 but no enabled air-quality (ST 22) devices are registered; the simulator sends nothing',
    );
    return async () => {};
  }
  let socket: net.Socket | null = null;
  let stopped = false;
  const connect = () => {
    const s = net.connect({ host: '127.0.0.1', port: deps.config.hj212Port });
    s.on('data', () => {
      /* acks: the demo feed does not track them */
    });
    s.on('error', (err) => log.warn({ err }, 'demo simulator connection failed'));
    s.on('close', () => {
      if (socket === s) socket = null;
    });
    socket = s;
  };
  const tick = () => {
    if (stopped) return;
    if (!socket || socket.destroyed) connect();
    const now = deps.clock.now();
    socket?.write(devices.map((d) => hourlyPacket(d, now, 2026)).join(''));
  };
  const timer = setInterval(tick, SEND_EVERY_MS);
  tick();
  log.info({ devices: devices.length }, 'demo simulator feeding the HJ 212 gateway');
  return async () => {
    stopped = true;
    clearInterval(timer);
    socket?.end();
  };
};
