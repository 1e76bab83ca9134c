import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ClockRulesSchema, UpdateClockRulesBodySchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { getClockRules, putClockRules } from './clock-rules.service';

/** The permit clocks as data: everyone with the register reads them, a province-wide administrator changes them. */
export function clockRulesRoutes({ db, clock }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/sources/clock-rules',
      {
        config: { access: 'sources:read' },
        schema: {
          tags: ['sources'],
          summary: 'The permit clock rules in force: days, day kind (⚠ configurable), roll-forward off rest days',
          response: { 200: ClockRulesSchema },
        },
      },
      async () => getClockRules({ db, clock }),
    );

    app.put(
      '/sources/clock-rules',
      {
        config: { access: 'sources:write' },
        schema: {
          tags: ['sources'],
          summary: 'Change the permit clock rules (needs province-wide scope; audited)',
          body: UpdateClockRulesBodySchema,
          response: { 200: ClockRulesSchema },
        },
      },
      async (request) => putClockRules({ db, clock }, actorOf(request), request.body),
    );
  };
}
