import type { Service } from '../../../server-module';
import { startGateway } from './gateway.server';

/** `ecocloud serve` runs the gateway on ECOCLOUD_HJ212_PORT (0 = off). */
export const startGatewayService: Service = async (deps, log) => {
  if (deps.config.hj212Port === 0) return async () => {};
  const gateway = await startGateway(deps, log, { port: deps.config.hj212Port });
  return () => gateway.close();
};
