import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from './app-deps';
import { MODULES } from './modules';

/**
 * Starts every module's long-running services beside the HTTP server (HJ 212 gateway, MQTT, schedulers),
 * in module list order; the returned stopper stops them in reverse.
 */
export async function startServices(deps: AppDeps, log: FastifyBaseLogger): Promise<() => Promise<void>> {
  const stops: (() => Promise<void>)[] = [];
  for (const module of MODULES) for (const start of module.services) stops.push(await start(deps, log));
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}
