import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { alertsRoutes } from './alerts/alerts.routes';
import { devicesRoutes } from './devices/devices.routes';
import { decodeRoutes } from './hj212-cli/decode.routes';
import { quarantineRoutes } from './quarantine/quarantine.routes';

/** Devices, quarantine, the packet inspector and alerts: each sub-domain has its own routes file; registered in the order they were declared before the split. */
export function monitoringAdminRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(devicesRoutes(deps));
    await app.register(quarantineRoutes(deps));
    await app.register(decodeRoutes(deps));
    await app.register(alertsRoutes(deps));
  };
}
