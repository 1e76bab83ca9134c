import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from './app-deps';
import { startMonitoringWorker } from './modules/monitoring/monitoring.worker';

/** Long-running services beside the HTTP server (HJ 212 gateway, MQTT, schedulers); each returns its stopper. */
export type Service = (deps: AppDeps, log: FastifyBaseLogger) => Promise<() => Promise<void>>;
export const SERVICES: Service[] = [startMonitoringWorker];

export async function startServices(deps: AppDeps, log: FastifyBaseLogger): Promise<() => Promise<void>> {
  const stops: (() => Promise<void>)[] = [];
  for (const start of SERVICES) stops.push(await start(deps, log));
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
