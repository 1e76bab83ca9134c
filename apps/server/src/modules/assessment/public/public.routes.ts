import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AirDaySchema,
  AirRankingSchema,
  AqiNowSchema,
  CalendarSchema,
  HourlyAqiSchema,
  RegionCodeSchema,
  SectionClassSchema,
  listSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { sectionClasses } from '../water/water.service';
import type { CachedJson } from './response-cache';
import {
  publicAqiNow,
  publicCalendar,
  publicCity30Days,
  publicLatestRanking,
  publicStation24h,
} from './public.service';

/** Sends cached JSON text as is: the schema above documents it; the text was produced from the same value. */
const json = (reply: FastifyReply, c: CachedJson<unknown>) =>
  reply.header('content-type', 'application/json; charset=utf-8').send(c.json);

/** The public portal's data (no login; rate-limited per client address). */
export function publicRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const access = { access: 'public' as const, rateLimit: { max: deps.config.publicRateLimit, timeWindow: '1 minute' } };
  const tags = ['public'];
  return async (app) => {
    app.get(
      '/public/air/now',
      {
        config: access,
        schema: {
          tags,
          summary:
            'Latest hourly AQI of every city and station, with level, colour, category, primary pollutant and health advice (zh/en); stations=false for the cities only',
          querystring: z.object({ stations: z.enum(['true', 'false']).default('true') }),
          response: { 200: AqiNowSchema },
        },
      },
      async (request, reply) => json(reply, await publicAqiNow(deps, request.query.stations === 'true')),
    );

    app.get(
      '/public/air/stations/:code/last-24h',
      {
        config: access,
        schema: {
          tags,
          summary: "A station's hourly AQI over its last 24 hours",
          params: z.object({ code: z.string().max(64) }),
          response: { 200: listSchema(HourlyAqiSchema) },
        },
      },
      async (request, reply) => json(reply, await publicStation24h(deps, request.params.code)),
    );

    app.get(
      '/public/air/cities/:regionCode/last-30-days',
      {
        config: access,
        schema: {
          tags,
          summary: "A city's daily AQI over the last 30 days",
          params: z.object({ regionCode: RegionCodeSchema }),
          response: { 200: listSchema(AirDaySchema) },
        },
      },
      async (request) => publicCity30Days(deps, request.params.regionCode),
    );

    app.get(
      '/public/air/cities/:regionCode/calendar',
      {
        config: access,
        schema: {
          tags,
          summary: "A city's daily levels for a year (calendar)",
          params: z.object({ regionCode: RegionCodeSchema }),
          querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
          response: { 200: CalendarSchema },
        },
      },
      async (request) => publicCalendar(deps, request.params.regionCode, request.query.year),
    );

    app.get(
      '/public/air/ranking/latest-month',
      {
        config: access,
        schema: { tags, summary: 'The city ranking of the last complete month', response: { 200: AirRankingSchema } },
      },
      async (_request, reply) => json(reply, await publicLatestRanking(deps)),
    );

    app.get(
      '/public/water/sections',
      {
        config: access,
        schema: {
          tags,
          summary: 'Water sections by class for the latest month, with coordinates',
          response: { 200: listSchema(SectionClassSchema) },
        },
      },
      async () => {
        const { sections } = await sectionClasses(deps.db, undefined);
        const items = sections.map(({ sample: _s, ...rest }) => rest);
        return { items, total: items.length };
      },
    );
  };
}
