import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AirRankingSchema,
  AqiNowSchema,
  CityDetailSchema,
  DateSchema,
  PeriodQuerySchema,
  RegionCodeSchema,
  StationDailySchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { sendTable } from '../../../platform/import-export/http-files';
import { cityDetail, exportRanking, rankingFor, regionAqiNow, stationDaily } from './air-queries.service';

const RangeQuerySchema = z.object({ from: DateSchema.optional(), to: DateSchema.optional() });

export function airRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/assessment/air/ranking',
      {
        config: { access: 'assessment:read' },
        schema: {
          tags: ['assessment'],
          summary:
            'City evaluation and composite-index ranking of the province for a month, quarter, year to date, year or from/to',
          querystring: PeriodQuerySchema,
          response: { 200: AirRankingSchema },
        },
      },
      async (request) => rankingFor(deps, request.query),
    );

    app.get(
      '/assessment/air/ranking/export',
      {
        config: { access: 'assessment:read' },
        schema: {
          tags: ['assessment'],
          summary: 'The ranking table as XLSX or CSV (states the standard versions)',
          querystring: PeriodQuerySchema.extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') }),
        },
      },
      async (request, reply) => {
        const { data, name } = await exportRanking(deps, request.query, request.query.format);
        return sendTable(reply, data, request.query.format, name);
      },
    );

    app.get(
      '/assessment/air/cities/:regionCode',
      {
        config: { access: 'assessment:read' },
        schema: {
          tags: ['assessment'],
          summary: "One city's evaluation and daily series for a period (own city only for city officers)",
          params: z.object({ regionCode: RegionCodeSchema }),
          querystring: PeriodQuerySchema,
          response: { 200: CityDetailSchema },
        },
      },
      async (request) =>
        cityDetail(deps, actorOf(request), { ...request.query, regionCode: request.params.regionCode }),
    );

    app.get(
      '/assessment/air/stations/:code/daily',
      {
        config: { access: 'assessment:read' },
        schema: {
          tags: ['assessment'],
          summary: "A station's daily values and daily AQI (default: the last 30 days)",
          params: z.object({ code: z.string().max(64) }),
          querystring: RangeQuerySchema,
          response: { 200: StationDailySchema },
        },
      },
      async (request) => stationDaily(deps, actorOf(request), { ...request.query, code: request.params.code }),
    );

    app.get(
      '/assessment/air/now',
      {
        config: { access: 'assessment:read' },
        schema: {
          tags: ['assessment'],
          summary: "Latest hourly AQI of the stations and cities in the caller's scope",
          response: { 200: AqiNowSchema },
        },
      },
      async (request) => regionAqiNow(deps, actorOf(request)),
    );
  };
}
