import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PublicEnterpriseSchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { publicEnterprise } from './public-enterprise.service';

/** The public enterprise page the QR code (一企一码) opens: no login, rate-limited per client address. */
export function publicEnterpriseRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const access = { access: 'public' as const, rateLimit: { max: deps.config.publicRateLimit, timeWindow: '1 minute' } };
  return async (app) => {
    app.get(
      '/public/enterprises/:uscc',
      {
        config: access,
        schema: {
          tags: ['public'],
          summary: 'What the law makes public of an enterprise (条例 §23): permits, limits, outlets, reports',
          params: z.object({ uscc: z.string().trim().min(1).max(30) }),
          response: { 200: PublicEnterpriseSchema },
        },
      },
      async (request) => publicEnterprise(deps, request.params),
    );
  };
}
