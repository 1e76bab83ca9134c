import { MONITORING_PERMISSIONS } from '@ecocloud/contracts';
import { withDeps } from '../../cli-deps';
import type { ServerModule } from '../../server-module';
import { monitoringDemoSeeder } from './demo/demo-seeder';
import { runGatewayCommand } from './gateway/gateway.cli';
import { startGatewayService } from './gateway/gateway.service';
import { runHj212Decode } from './hj212-cli/decode.cli';
import { alertsRoutes } from './alerts/alerts.routes';
import { devicesRoutes } from './devices/devices.routes';
import { decodeRoutes } from './hj212-cli/decode.routes';
import { observationsRoutes } from './ingest/observations.routes';
import { quarantineRoutes } from './quarantine/quarantine.routes';
import { runImportCommand, runRollupCommand } from './monitoring.cli';
import { MONITORING_TABLES } from './monitoring.tables';
import { startMonitoringWorker } from './monitoring.worker';
import { startMqttService } from './mqtt/mqtt-ingest';
import { startDemoSimulator } from './simulator/demo-simulator';
import { runHj212Simulate } from './simulator/simulate.cli';
import { stationsRoutes } from './stations/stations.routes';

export { storeReadings } from './ingest/ingest.service';
export type { Reading } from './ingest/reading';
/** Read functions through which other modules read stations, observations and rollups. */
export * as monitoringReads from './reads';
export { processDirtyRollups } from './rollups/rollup.service';
export { applyPendingRollups } from './monitoring.cli';
export { listAlerts } from './alerts/alerts.service';
/** Registering a station and its logger as the system (another module's demo registers its own loggers). */
export { insertStation } from './stations/stations.service';
export { createDevice } from './devices/devices.service';

/** Stations, devices and readings: HTTP, files, the HJ 212 gateway, MQTT, rollups, alerts and quarantine. */
export const monitoringModule: ServerModule = {
  name: 'monitoring',
  routes: [stationsRoutes, observationsRoutes, devicesRoutes, quarantineRoutes, decodeRoutes, alertsRoutes],
  // The worker drains rollups and checks silence; the gateway, MQTT and the demo simulator start only when configured.
  services: [startMonitoringWorker, startGatewayService, startMqttService, startDemoSimulator],
  commands: [
    {
      name: 'import',
      usage: [
        'import stations FILE [--dry-run]            load stations (code, name, kind, region_code, lon, lat, …)',
        'import observations FILE [--period 1h|1d] [--dry-run]   load wide-form data (station, time, so2, …)',
      ],
      run: (args, { io }) => withDeps((deps) => runImportCommand(deps, args, io)),
    },
    {
      name: 'rollup',
      usage: ['rollup rebuild                rebuild the day/month/year rollups from the observations'],
      run: (args, { io }) => withDeps((deps) => runRollupCommand(deps, args, io)),
    },
    {
      name: 'hj212',
      usage: [
        'hj212 decode [FILE|-]         decode an HJ 212 byte stream into one JSON line per frame',
        'hj212 simulate --port P …     simulated HJ 212 loggers (see the gateway README)',
      ],
      run: async ([sub, ...rest], { io, unknownCommand }) => {
        if (sub === 'decode') return runHj212Decode(rest, io);
        if (sub === 'simulate') return runHj212Simulate(rest, io);
        return unknownCommand();
      },
    },
    {
      name: 'gateway',
      usage: ['gateway                       the HJ 212 gateway alone on ECOCLOUD_HJ212_PORT'],
      run: (_args, { io }) => runGatewayCommand(io),
    },
  ],
  demo: [monitoringDemoSeeder],
  metrics: [],
  permissions: MONITORING_PERMISSIONS,
  tables: MONITORING_TABLES,
};
