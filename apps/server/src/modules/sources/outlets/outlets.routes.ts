import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateOutletBodySchema, OutletSchema, UpdateOutletBodySchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { IdParams } from '../enterprises/enterprises.routes';
import * as service from './outlets.service';

const tags = ['sources'];

export function outletsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/sources/enterprises/:id/outlets',
      {
        config: { access: 'sources:write' },
        schema: {
          tags,
          summary: "Add an outlet (排放口) to an enterprise; an air outlet's reference O2 comes from its standard",
          params: IdParams,
          body: CreateOutletBodySchema,
          response: { 201: OutletSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await service.createOutlet(deps, actorOf(request), {
            enterpriseId: request.params.id,
            outlet: request.body,
          }),
        ),
    );

    app.patch(
      '/sources/outlets/:id',
      {
        config: { access: 'sources:write' },
        schema: {
          tags,
          summary: 'Change an outlet',
          params: IdParams,
          body: UpdateOutletBodySchema,
          response: { 200: OutletSchema },
        },
      },
      async (request) => service.updateOutlet(deps, actorOf(request), { id: request.params.id, patch: request.body }),
    );
  };
}
