import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PublicDecisionListSchema, PublicDecisionQuerySchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { publicDecisions } from './public-decisions.service';

/** The portal's list of penalty decisions (行政处罚决定公开): no login, rate-limited per client address. */
export function publicDecisionsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const access = { access: 'public' as const, rateLimit: { max: deps.config.publicRateLimit, timeWindow: '1 minute' } };
  return async (app) => {
    app.get(
      '/public/enforcement/decisions',
      {
        config: access,
        schema: {
          tags: ['public'],
          summary: 'Published penalty decisions: case number, enterprise, violation, article, fine, day, authority',
          querystring: PublicDecisionQuerySchema,
          response: { 200: PublicDecisionListSchema },
        },
      },
      async (request) => publicDecisions(deps, request.query),
    );
  };
}
