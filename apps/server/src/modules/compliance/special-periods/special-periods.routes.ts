import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreateSpecialPeriodBodySchema, IdSchema, SpecialPeriodSchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { createSpecialPeriod, deleteSpecialPeriod, listSpecialPeriods } from './special-periods.service';

const tags = ['compliance'];

/** Special periods in force (重污染天气应急 …): their limits replace the normal ones inside the period and region. */
export function specialPeriodsRoutes({ db, clock }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/compliance/special-periods',
      {
        config: { access: 'compliance:read' },
        schema: {
          tags,
          summary: "Special periods declared for the caller's region, the regions above it and those below",
          response: { 200: z.object({ items: z.array(SpecialPeriodSchema) }) },
        },
      },
      async (request) => ({ items: await listSpecialPeriods({ db }, actorOf(request)) }),
    );
    app.post(
      '/compliance/special-periods',
      {
        config: { access: 'compliance:settings' },
        schema: {
          tags,
          summary: 'Declare a special period for a region (its special-period limits apply inside it; audited)',
          body: CreateSpecialPeriodBodySchema,
          response: { 201: SpecialPeriodSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createSpecialPeriod({ db, clock }, actorOf(request), request.body)),
    );
    app.delete(
      '/compliance/special-periods/:id',
      {
        config: { access: 'compliance:settings' },
        schema: {
          tags,
          summary: 'Remove a special period (audited)',
          params: z.object({ id: IdSchema }),
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deleteSpecialPeriod({ db, clock }, actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
