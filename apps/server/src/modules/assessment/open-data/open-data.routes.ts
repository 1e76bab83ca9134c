import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AirDaySchema,
  AirRankingSchema,
  DateSchema,
  MonthSchema,
  PeriodQuerySchema,
  RegionCodeSchema,
  SectionClassSchema,
  listSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { sendTable } from '../../../platform/import-export/http-files';
import { rankingFor } from '../air/air-queries.service';
import { sectionClasses } from '../water/water.service';
import { cityDailyOpenData, OPEN_DAILY_COLUMNS } from './open-data.service';
import { openDataGuard } from './open-data-guard';
import { writeTable } from '../../../platform/import-export/table-io';

const DailyQuerySchema = z.object({ from: DateSchema, to: DateSchema, regionCode: RegionCodeSchema.optional() });
const CityDailySchema = z.object({ regionCode: z.string(), name: z.string(), days: z.array(AirDaySchema) });

/** The open-data API: read-only JSON and CSV, `X-API-Key` for a key's own limit (see open-data-guard.ts). */
export function openDataRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const guard = openDataGuard(deps);
  return async (app) => {
    app.get(
      '/open/air/city-daily',
      {
        config: { access: 'public' },
        preHandler: guard,
        schema: {
          tags: ['open-data'],
          summary: 'City daily air values and daily AQI for a date range (≤ 366 days)',
          querystring: DailyQuerySchema,
          response: { 200: listSchema(CityDailySchema) },
        },
      },
      async (request) => {
        const items = await cityDailyOpenData(deps, request.query);
        return { items, total: items.length };
      },
    );

    app.get(
      '/open/air/city-daily.csv',
      {
        config: { access: 'public' },
        preHandler: guard,
        schema: {
          tags: ['open-data'],
          summary: 'The same as CSV (UTF-8 with BOM; one row per city and day; states the standard)',
          querystring: DailyQuerySchema,
        },
      },
      async (request, reply) => {
        const cities = await cityDailyOpenData(deps, request.query);
        const rows = cities.flatMap((c) =>
          c.days.map((d) => ({
            region_code: c.regionCode,
            city: c.name,
            ...d,
            primary_pollutants: d.primaryPollutants.join(';'),
          })),
        );
        return sendTable(
          reply,
          await writeTable(OPEN_DAILY_COLUMNS, rows, 'csv'),
          'csv',
          `air-city-daily-${request.query.from}-${request.query.to}`,
        );
      },
    );

    app.get(
      '/open/air/ranking',
      {
        config: { access: 'public' },
        preHandler: guard,
        schema: {
          tags: ['open-data'],
          summary: 'City ranking for a period (as /assessment/air/ranking)',
          querystring: PeriodQuerySchema,
          response: { 200: AirRankingSchema },
        },
      },
      async (request) => rankingFor(deps, request.query),
    );

    app.get(
      '/open/water/sections',
      {
        config: { access: 'public' },
        preHandler: guard,
        schema: {
          tags: ['open-data'],
          summary: 'Section classes of a month (default: latest)',
          querystring: z.object({ month: MonthSchema.optional() }),
          response: { 200: listSchema(SectionClassSchema) },
        },
      },
      async (request) => {
        const { sections } = await sectionClasses(deps.db, request.query.month);
        const items = sections.map(({ sample: _s, ...rest }) => rest);
        return { items, total: items.length };
      },
    );
  };
}
