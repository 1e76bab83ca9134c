import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CalendarDaySchema,
  CalendarListQuerySchema,
  CreateCalendarDayBodySchema,
  listSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../app-deps';
import { actorOf } from '../../http/auth.plugin';
import { listCalendarDays, putCalendarDay } from './calendar.service';

/** The shared working-day calendar: anyone logged in reads it, administrators change it. */
export function calendarRoutes({ db, clock }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/calendar/days',
      {
        config: { access: 'authenticated' },
        schema: {
          tags: ['calendar'],
          summary: 'Holidays and make-up working days (base data and custom rows)',
          querystring: CalendarListQuerySchema,
          response: { 200: listSchema(CalendarDaySchema) },
        },
      },
      async (request) => {
        const items = await listCalendarDays(db, request.query.year);
        return { items, total: items.length };
      },
    );

    app.post(
      '/calendar/days',
      {
        config: { access: 'calendar:write' },
        schema: {
          tags: ['calendar'],
          summary: 'Add or replace a holiday or a make-up working day (调休)',
          body: CreateCalendarDayBodySchema,
          response: { 201: CalendarDaySchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await putCalendarDay({ db, clock }, actorOf(request), request.body)),
    );
  };
}
