import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EnforcementStatsQuerySchema, EnforcementStatsSchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { enforcementStats } from './stats.service';

/** Per handling unit or city: cases, decisions, fines, days to decision, on-time rate, overdue clocks (in scope). */
export function enforcementStatsRoutes({ db, clock }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/enforcement/stats',
      {
        config: { access: 'enforcement:read' },
        schema: {
          tags: ['enforcement'],
          summary:
            'Per handling unit or city: cases opened, filed and decided, fines, days to decision, on-time rate, overdue clocks',
          querystring: EnforcementStatsQuerySchema,
          response: { 200: EnforcementStatsSchema },
        },
      },
      async (request) => enforcementStats({ db, clock }, actorOf(request), request.query),
    );
  };
}
