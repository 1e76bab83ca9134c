import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiKeySchema,
  CreateApiKeyBodySchema,
  CreatedApiKeySchema,
  IdParamsSchema,
  UpdateApiKeyBodySchema,
  listSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { createApiKey, deleteApiKey, listApiKeys, updateApiKey } from './api-keys.service';

export function apiKeysRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/assessment/api-keys',
      {
        config: { access: 'apikeys:admin' },
        schema: {
          tags: ['open-data'],
          summary: 'Open-data API keys (hashes are never shown)',
          response: { 200: listSchema(ApiKeySchema) },
        },
      },
      async () => {
        const items = await listApiKeys(deps);
        return { items, total: items.length };
      },
    );

    app.post(
      '/assessment/api-keys',
      {
        config: { access: 'apikeys:admin' },
        schema: {
          tags: ['open-data'],
          summary: 'Create a key with its per-minute limit; the key is in this response only',
          body: CreateApiKeyBodySchema,
          response: { 201: CreatedApiKeySchema },
        },
      },
      async (request, reply) => reply.status(201).send(await createApiKey(deps, actorOf(request), request.body)),
    );

    app.patch(
      '/assessment/api-keys/:id',
      {
        config: { access: 'apikeys:admin' },
        schema: {
          tags: ['open-data'],
          summary: 'Rename, change the limit, or disable a key',
          params: IdParamsSchema,
          body: UpdateApiKeyBodySchema,
          response: { 200: ApiKeySchema },
        },
      },
      async (request) => updateApiKey(deps, actorOf(request), { id: request.params.id, patch: request.body }),
    );

    app.delete(
      '/assessment/api-keys/:id',
      {
        config: { access: 'apikeys:admin' },
        schema: { tags: ['open-data'], summary: 'Delete a key', params: IdParamsSchema, response: { 204: z.null() } },
      },
      async (request, reply) => {
        await deleteApiKey(deps, actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
