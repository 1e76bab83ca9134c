import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ComplianceStatsQuerySchema, ComplianceStatsSchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { complianceStats } from './stats.service';

/** What the department reads off a month, per enterprise or per city, in the caller's scope. */
export function complianceStatsRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/compliance/stats',
      {
        config: { access: 'compliance:read' },
        schema: {
          tags: ['compliance'],
          summary:
            'Per enterprise or city: valid-hour rate, transmission and 有效传输率, exceedance hours, emitted kg, pending leads',
          querystring: ComplianceStatsQuerySchema,
          response: { 200: ComplianceStatsSchema },
        },
      },
      async (request) => complianceStats({ db }, actorOf(request), request.query),
    );
  };
}
