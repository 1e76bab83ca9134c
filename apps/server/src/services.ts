import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from './app-deps';
import { startAssessmentScheduler } from './modules/assessment';
import { startMonitoringWorker } from './modules/monitoring/monitoring.worker';
import { startGatewayService } from './modules/monitoring/gateway/gateway.service';
import { startMqttService } from './modules/monitoring/mqtt/mqtt-ingest';
import { startDemoSimulator } from './modules/monitoring/simulator/demo-simulator';
import { startWorkplanWorker } from './modules/workplan/workplan.worker';
import { startAuditHeadExport } from './platform/audit/audit-head-export';

/** Long-running services beside the HTTP server (HJ 212 gateway, MQTT, schedulers); each returns its stopper. */
export type Service = (deps: AppDeps, log: FastifyBaseLogger) => Promise<() => Promise<void>>;
/** Monthly bulletins on the 1st, queued report jobs and radiation findings. */
const startAssessment: Service = async (deps, log) => {
  const stop = startAssessmentScheduler(deps, log);
  return async () => stop();
};

export const SERVICES: Service[] = [
  startMonitoringWorker,
  startGatewayService,
  startMqttService,
  startDemoSimulator,
  startWorkplanWorker,
  startAssessment,
  startAuditHeadExport,
];

export async function startServices(deps: AppDeps, log: FastifyBaseLogger): Promise<() => Promise<void>> {
  const stops: (() => Promise<void>)[] = [];
  for (const start of SERVICES) stops.push(await start(deps, log));
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
