import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CreateOrgBodySchema, IdParamsSchema, OrgSchema, UpdateOrgBodySchema, listSchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../app-deps';
import { actorOf } from '../../http/auth.plugin';
import { createOrg, listOrgs, updateOrg } from './orgs.service';

export function orgsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/orgs',
      {
        config: { access: 'orgs:read' },
        schema: {
          tags: ['orgs'],
          summary: "Organisations within the caller's scope",
          response: { 200: listSchema(OrgSchema) },
        },
      },
      async (request) => listOrgs(deps, actorOf(request)),
    );

    app.post(
      '/orgs',
      {
        config: { access: 'orgs:write' },
        schema: {
          tags: ['orgs'],
          summary: 'Create an organisation under a parent in scope',
          body: CreateOrgBodySchema,
          response: { 201: OrgSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await createOrg(deps, actorOf(request), request.body)),
    );

    app.patch(
      '/orgs/:id',
      {
        config: { access: 'orgs:write' },
        schema: {
          tags: ['orgs'],
          summary: 'Rename an organisation',
          params: IdParamsSchema,
          body: UpdateOrgBodySchema,
          response: { 200: OrgSchema },
        },
      },
      async (request) => updateOrg(deps, actorOf(request), { id: request.params.id, patch: request.body }),
    );
  };
}
