import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ExportQuerySchema,
  ImportQuerySchema,
  ImportReportSchema,
  LatestQuerySchema,
  LatestSchema,
  ObservationBatchResultSchema,
  ObservationBatchSchema,
  SeriesQuerySchema,
  SeriesResultSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { readUpload, sendTable } from '../../../platform/import-export/http-files';
import { exportSeries, latest, series } from './observations.repository';
import { importObservations, ingestBatch } from './observations.service';

export function observationsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db } = deps;
  return async (app) => {
    app.post(
      '/observations',
      {
        config: { access: 'observations:write' },
        // 50 k readings of ~120 bytes: allow 16 MB for this route only.
        bodyLimit: 16 * 1024 * 1024,
        schema: {
          tags: ['monitoring'],
          summary: 'Store up to 50,000 readings; idempotent by station, parameter, period and time',
          body: ObservationBatchSchema,
          response: { 200: ObservationBatchResultSchema },
        },
      },
      async (request) => ingestBatch(deps, actorOf(request), request.body),
    );

    app.post(
      '/observations/import',
      {
        // Bulk loads are their own permission: the enterprise role enters readings but does not import files (migration 0006).
        config: { access: 'observations:import' },
        schema: {
          tags: ['monitoring'],
          summary: 'Upload manual monitoring data in wide form (station, time, one column per parameter)',
          consumes: ['multipart/form-data'],
          querystring: ImportQuerySchema.extend({
            period: z.enum(['1h', '1d']).default('1h'),
            replace: z
              .enum(['true', 'false'])
              .default('false')
              .transform((v) => v === 'true')
              .describe(
                "true: values that differ from stored ones replace them; false (the default): the stored values are kept and the file's skipped",
              ),
          }),
          response: { 200: ImportReportSchema },
        },
      },
      async (request) =>
        importObservations(deps, actorOf(request), { file: await readUpload(request), ...request.query }),
    );

    app.get(
      '/observations',
      {
        config: { access: 'observations:read' },
        schema: {
          tags: ['monitoring'],
          summary: "A station's series, keyset-paginated (pass nextCursor as after)",
          querystring: SeriesQuerySchema,
          response: { 200: SeriesResultSchema },
        },
      },
      async (request) => series(db, actorOf(request), request.query),
    );

    app.get(
      '/observations/latest',
      {
        config: { access: 'observations:read' },
        schema: {
          tags: ['monitoring'],
          summary: 'Latest values of each station in scope',
          querystring: LatestQuerySchema,
          response: { 200: z.object({ items: z.array(LatestSchema) }) },
        },
      },
      async (request) => ({ items: await latest(db, actorOf(request), request.query) }),
    );

    app.get(
      '/observations/export',
      {
        config: { access: 'observations:read' },
        schema: {
          tags: ['monitoring'],
          summary: 'Download a series as CSV/XLSX with periods and flags',
          querystring: SeriesQuerySchema.omit({ after: true, limit: true }).extend({
            format: ExportQuerySchema.shape.format,
          }),
        },
      },
      async (request, reply) => {
        const { format, ...q } = request.query;
        return sendTable(
          reply,
          await exportSeries(db, actorOf(request), q, format),
          format,
          `observations-${q.station}`,
        );
      },
    );
  };
}
