import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';

/** The work plan module's routes under /api/v1. */
export function workplanRoutes(_deps: AppDeps): FastifyPluginAsyncZod {
  return async () => {};
}
