import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from './app-deps';
import { startMonitoringWorker } from './modules/monitoring/monitoring.worker';
import { startGatewayService } from './modules/monitoring/gateway/gateway.service';
import { startMqttService } from './modules/monitoring/mqtt/mqtt-ingest';
import { startDemoSimulator } from './modules/monitoring/simulator/demo-simulator';
import { startWorkplanWorker } from './modules/workplan/workplan.worker';

/** Long-running services beside the HTTP server (HJ 212 gateway, MQTT, schedulers); each returns its stopper. */
export type Service = (deps: AppDeps, log: FastifyBaseLogger) => Promise<() => Promise<void>>;
export const SERVICES: Service[] = [startMonitoringWorker, startGatewayService, startMqttService, startDemoSimulator, startWorkplanWorker];

export async function startServices(deps: AppDeps, log: FastifyBaseLogger): Promise<() => Promise<void>> {
  const stops: (() => Promise<void>)[] = [];
  for (const start of SERVICES) stops.push(await start(deps, log));
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
