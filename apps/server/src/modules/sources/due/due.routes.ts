import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DueItemSchema, DueQuerySchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { listDue } from './due.service';

/** The due list: permit clocks and execution reports, in the caller's scope (its reminder surface). */
export function dueRoutes({ db, clock }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/sources/due',
      {
        config: { access: 'sources:read' },
        schema: {
          tags: ['sources'],
          summary: 'What falls due on the permits in scope: renewals (valid_to − 60 days), clocks, execution reports',
          querystring: DueQuerySchema,
          response: { 200: z.object({ items: z.array(DueItemSchema) }) },
        },
      },
      async (request) => listDue({ db, clock }, actorOf(request), request.query),
    );
  };
}
