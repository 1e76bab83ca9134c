import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateEnterpriseBodySchema,
  EnterpriseFileSchema,
  EnterpriseListQuerySchema,
  EnterpriseListSchema,
  EnterpriseSchema,
  UpdateEnterpriseBodySchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { sendTable } from '../../../platform/import-export/http-files';
import { enterpriseFile } from './enterprise-file.service';
import * as service from './enterprises.service';

export const IdParams = z.object({ id: z.string().min(1).max(64) });
const tags = ['sources'];

export function enterprisesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/sources/enterprises',
      {
        config: { access: 'sources:read' },
        schema: {
          tags,
          summary: 'Enterprises (排污单位) in scope, filtered; format=csv|xlsx downloads the whole filtered list',
          querystring: EnterpriseListQuerySchema,
          response: { 200: EnterpriseListSchema },
        },
      },
      async (request, reply) => {
        const { format } = request.query;
        if (format === 'json') return service.listEnterprises(deps, actorOf(request), request.query);
        return sendTable(
          reply,
          await service.exportEnterprises(deps, actorOf(request), request.query),
          format,
          'enterprises',
        );
      },
    );

    app.post(
      '/sources/enterprises',
      {
        config: { access: 'sources:write' },
        schema: {
          tags,
          summary: 'Register an enterprise (the credit code check character is verified)',
          body: CreateEnterpriseBodySchema,
          response: { 201: EnterpriseSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.createEnterprise(deps, actorOf(request), request.body)),
    );

    app.get(
      '/sources/enterprises/:id',
      {
        config: { access: 'sources:read' },
        schema: { tags, summary: 'One enterprise', params: IdParams, response: { 200: EnterpriseSchema } },
      },
      async (request) => service.getEnterprise(deps, actorOf(request), request.params),
    );

    app.patch(
      '/sources/enterprises/:id',
      {
        config: { access: 'sources:write' },
        schema: {
          tags,
          summary: 'Change an enterprise',
          params: IdParams,
          body: UpdateEnterpriseBodySchema,
          response: { 200: EnterpriseSchema },
        },
      },
      async (request) =>
        service.updateEnterprise(deps, actorOf(request), { id: request.params.id, patch: request.body }),
    );

    app.get(
      '/sources/enterprises/:id/file',
      {
        config: { access: 'sources:read' },
        schema: {
          tags,
          summary:
            'The one page per enterprise (一企一档): identity, outlets, permits and limits, history, due, reports',
          params: IdParams,
          response: { 200: EnterpriseFileSchema },
        },
      },
      async (request) => enterpriseFile(deps, actorOf(request), request.params),
    );
  };
}
