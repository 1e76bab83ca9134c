import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { QuarantineEntrySchema, listSchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { listQuarantine } from './quarantine.service';

/** Rejected frames and messages. */
export function quarantineRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/quarantine',
      {
        config: { access: 'quarantine:read' },
        schema: {
          tags: ['monitoring'],
          summary: 'Rejected frames and messages with their reasons',
          querystring: z.object({
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(20),
            mn: z.string().max(64).optional(),
            reasonCode: z.string().max(40).optional(),
          }),
          response: { 200: listSchema(QuarantineEntrySchema) },
        },
      },
      async (request) => listQuarantine(deps, request.query),
    );
  };
}
