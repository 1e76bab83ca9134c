import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  PublicCreditQuerySchema,
  PublicPunishmentRecordListSchema,
  PublicRepairDecisionListSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { publicRecords, publicRepairDecisions } from './public-repair.service';

/** The credit portal's punishment records and repair decisions: no login, rate-limited per client address. */
export function publicRepairRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const access = { access: 'public' as const, rateLimit: { max: deps.config.publicRateLimit, timeWindow: '1 minute' } };
  return async (app) => {
    app.get(
      '/public/credit/punishments',
      {
        config: access,
        schema: {
          tags: ['public'],
          summary: 'Punishment records published today (by name or credit code)',
          querystring: PublicCreditQuerySchema,
          response: { 200: PublicPunishmentRecordListSchema },
        },
      },
      async (request) => publicRecords(deps, request.query),
    );
    app.get(
      '/public/credit/repairs',
      {
        config: access,
        schema: {
          tags: ['public'],
          summary: 'Approved credit repairs (by name or credit code)',
          querystring: PublicCreditQuerySchema,
          response: { 200: PublicRepairDecisionListSchema },
        },
      },
      async (request) => publicRepairDecisions(deps, request.query),
    );
  };
}
