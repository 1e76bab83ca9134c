import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { InitProvinceBodySchema, InitProvinceResultSchema, SetupStatusSchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../app-deps';
import { actorOf } from '../../http/auth.plugin';
import { initProvince, setupStatus } from './init-province';

/** The first-run page's API: which provinces exist, and `ecocloud init` for the admin. */
export function provincesRoutes({ db, clock }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/setup/province',
      {
        config: { access: 'settings:write' },
        schema: {
          tags: ['platform'],
          summary: 'The provinces that can be set up and those already set up',
          response: { 200: SetupStatusSchema },
        },
      },
      async () => setupStatus(db),
    );

    app.post(
      '/setup/province',
      {
        config: { access: 'settings:write' },
        schema: {
          tags: ['platform'],
          summary: 'Set up a province (idempotent): department, prefecture-level organisations, region names, base map',
          body: InitProvinceBodySchema,
          response: { 200: InitProvinceResultSchema },
        },
      },
      async (request) => initProvince({ db, clock }, actorOf(request), request.body),
    );
  };
}
