import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { EnforcementCalendarQuerySchema, EnforcementCalendarSchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { enforcementCalendar } from './calendar.service';

/** 检查日历: the month's inspection plans and case deadlines in the caller's reach. */
export function enforcementCalendarRoutes({ db, clock }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/enforcement/calendar',
      {
        config: { access: 'enforcement:read' },
        schema: {
          tags: ['enforcement'],
          summary: "The month's random-inspection plans (hidden lists as counts) and the open case clocks due in it",
          querystring: EnforcementCalendarQuerySchema,
          response: { 200: EnforcementCalendarSchema },
        },
      },
      async (request) => enforcementCalendar({ db, clock }, actorOf(request), request.query),
    );
  };
}
