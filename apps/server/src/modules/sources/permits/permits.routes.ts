import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreatePermitBodySchema,
  PermitEventSchema,
  PermitSchema,
  RecordPermitEventBodySchema,
  UpdatePermitBodySchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { IdParams } from '../enterprises/enterprises.routes';
import * as events from './permit-events.service';
import * as service from './permits.service';

const tags = ['sources'];

export function permitsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/sources/enterprises/:id/permits',
      {
        config: { access: 'sources:write' },
        schema: {
          tags,
          summary: 'Add a permit (排污许可证) or registration (排污登记表) with its limits per outlet × pollutant',
          params: IdParams,
          body: CreatePermitBodySchema,
          response: { 201: PermitSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await service.createPermit(deps, actorOf(request), {
            enterpriseId: request.params.id,
            permit: request.body,
          }),
        ),
    );

    app.get(
      '/sources/permits/:id',
      {
        config: { access: 'sources:read' },
        schema: { tags, summary: 'One permit with its limits', params: IdParams, response: { 200: PermitSchema } },
      },
      async (request) => service.getPermit(deps, actorOf(request), request.params),
    );

    app.patch(
      '/sources/permits/:id',
      {
        config: { access: 'sources:write' },
        schema: {
          tags,
          summary: 'Change a permit; `limits` replaces every limit',
          params: IdParams,
          body: UpdatePermitBodySchema,
          response: { 200: PermitSchema },
        },
      },
      async (request) => service.updatePermit(deps, actorOf(request), { id: request.params.id, patch: request.body }),
    );

    app.get(
      '/sources/permits/:id/events',
      {
        config: { access: 'sources:read' },
        schema: {
          tags,
          summary: "The permit's history with its documents",
          params: IdParams,
          response: { 200: z.object({ items: z.array(PermitEventSchema) }) },
        },
      },
      async (request) => events.listPermitEvents(deps, actorOf(request), request.params),
    );

    app.post(
      '/sources/permits/:id/events',
      {
        config: { access: 'sources:write' },
        // Documents travel as base64 (≤ 5 MB each, about 7 MB encoded): room for three full-size ones per event.
        bodyLimit: 24 * 1024 * 1024,
        schema: {
          tags,
          summary: 'Record a permit event (renewed moves the expiry; revoked/cancelled/withdrawn end it)',
          params: IdParams,
          body: RecordPermitEventBodySchema,
          response: { 201: PermitEventSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await events.recordPermitEvent(deps, actorOf(request), {
            permitId: request.params.id,
            event: request.body,
          }),
        ),
    );

    app.get(
      '/sources/documents/:id',
      {
        config: { access: 'sources:read' },
        schema: { tags, summary: "A permit event's document (the file)", params: IdParams },
      },
      async (request, reply) => {
        const doc = await events.getDocument(deps, actorOf(request), request.params);
        return reply
          .header('content-type', doc.contentType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename)}`)
          .send(doc.data);
      },
    );
  };
}
