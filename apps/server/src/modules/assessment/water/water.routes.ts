import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DateSchema,
  MonthSchema,
  NoisePointSchema,
  RadiationPointSchema,
  SeaPointSchema,
  SeaSeriesSchema,
  WaterSummarySchema,
  listSchema,
  AppError,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { shanghaiDate } from '../../../platform/time-zone';
import { noiseCompliances, radiationPoints, seaSeries, seaSurveys } from '../media/media.service';
import { addDays } from '../periods';
import { waterSummary } from './water.service';

const RangeQuerySchema = z.object({ from: DateSchema.optional(), to: DateSchema.optional() });

export function waterRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  /** Default range: the last 365 days up to yesterday. */
  const range = (q: { from?: string | undefined; to?: string | undefined }) => {
    const to = q.to ?? addDays(shanghaiDate(deps.clock.now().toISOString()), -1);
    return { from: q.from ?? addDays(to, -364), to };
  };
  const list = <T>(items: T[]) => ({ items, total: items.length });
  return async (app) => {
    app.get(
      '/assessment/water',
      {
        config: { access: 'assessment:read' },
        schema: {
          tags: ['assessment'],
          summary:
            'Section classes of a month (default: latest), good-class and worse-than-V shares per city/river/basin, CWQI ranking, drinking-water sources',
          querystring: z.object({ month: MonthSchema.optional() }),
          response: { 200: WaterSummarySchema },
        },
      },
      async (request) => waterSummary(deps, actorOf(request), request.query),
    );

    app.get(
      '/assessment/sea',
      {
        config: { access: 'assessment:read' },
        schema: {
          tags: ['assessment'],
          summary: "Sea points' class per survey (GB 3097-1997)",
          querystring: RangeQuerySchema,
          response: { 200: listSchema(SeaPointSchema) },
        },
      },
      async (request) => {
        const r = range(request.query);
        return list(await seaSurveys(deps, actorOf(request), r));
      },
    );

    app.get(
      '/assessment/sea/series',
      {
        // The sea tab's reader, limited to its regions like GET /assessment/sea; the raw values also need
        // observations:read, as the per-point GET /observations this replaces did.
        config: { access: 'assessment:read' },
        schema: {
          tags: ['assessment'],
          summary:
            "Every sea point's daily values in a range (one request for the sea tab's worse-than-class-II items)",
          querystring: RangeQuerySchema,
          response: { 200: SeaSeriesSchema },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        if (!actor.permissions.has('observations:read'))
          throw new AppError('FORBIDDEN', 'observations:read is required for the daily values');
        const r = range(request.query);
        return { items: await seaSeries(deps, actor, r) };
      },
    );

    app.get(
      '/assessment/noise',
      {
        config: { access: 'assessment:read' },
        schema: {
          tags: ['assessment'],
          summary: "Noise points' day/night compliance by zone (GB 3096-2008)",
          querystring: RangeQuerySchema,
          response: { 200: listSchema(NoisePointSchema) },
        },
      },
      async (request) => {
        const r = range(request.query);
        return list(await noiseCompliances(deps, actorOf(request), r));
      },
    );

    app.get(
      '/assessment/radiation',
      {
        config: { access: 'assessment:read' },
        schema: {
          tags: ['assessment'],
          summary: "Radiation stations' latest ambient dose rate against their background range",
          response: { 200: listSchema(RadiationPointSchema) },
        },
      },
      async (request) => list(await radiationPoints(deps, actorOf(request))),
    );
  };
}
