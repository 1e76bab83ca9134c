import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateStationBodySchema,
  ExportQuerySchema,
  ImportQuerySchema,
  ImportReportSchema,
  StationListQuerySchema,
  StationSchema,
  UpdateStationBodySchema,
  listSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { readUpload, sendTable } from '../../../platform/import-export/http-files';
import * as service from './stations.service';

const IdOrCodeParams = z.object({ id: z.string().min(1).max(64) });

export function stationsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/stations',
      {
        config: { access: 'stations:read' },
        schema: {
          tags: ['monitoring'],
          summary: 'Stations in scope, with liveness',
          querystring: StationListQuerySchema,
          response: { 200: listSchema(StationSchema) },
        },
      },
      async (request) => service.listStations(deps, actorOf(request), request.query),
    );

    app.get(
      '/stations/export',
      {
        config: { access: 'stations:read' },
        schema: {
          tags: ['monitoring'],
          summary: 'Download the station register',
          querystring: ExportQuerySchema.extend({
            kind: StationListQuerySchema.shape.kind,
            regionCode: StationListQuerySchema.shape.regionCode,
          }),
        },
      },
      async (request, reply) =>
        sendTable(
          reply,
          await service.exportStations(deps, actorOf(request), request.query),
          request.query.format,
          'stations',
        ),
    );

    app.get(
      '/stations/import-template',
      {
        config: { access: 'stations:write' },
        schema: {
          tags: ['monitoring'],
          summary: 'The station import template (CSV): every column the import reads and one example row',
        },
      },
      async (_request, reply) =>
        reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="stations-template.csv"')
          .send(service.stationImportTemplate()),
    );

    app.post(
      '/stations/import',
      {
        config: { access: 'stations:write' },
        schema: {
          tags: ['monitoring'],
          summary: 'Import stations from CSV/XLSX (multipart `file`)',
          consumes: ['multipart/form-data'],
          querystring: ImportQuerySchema,
          response: { 200: ImportReportSchema },
        },
      },
      async (request) =>
        service.importStations(deps, actorOf(request), { file: await readUpload(request), ...request.query }),
    );

    app.get(
      '/stations/:id',
      {
        config: { access: 'stations:read' },
        schema: {
          tags: ['monitoring'],
          summary: 'One station by id or code',
          params: IdOrCodeParams,
          response: { 200: StationSchema },
        },
      },
      async (request) => service.getStation(deps, actorOf(request), request.params),
    );

    app.post(
      '/stations',
      {
        config: { access: 'stations:write' },
        schema: {
          tags: ['monitoring'],
          summary: 'Register a station',
          body: CreateStationBodySchema,
          response: { 201: StationSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await service.createStation(deps, actorOf(request), request.body)),
    );

    app.patch(
      '/stations/:id',
      {
        config: { access: 'stations:write' },
        schema: {
          tags: ['monitoring'],
          summary: 'Change a station',
          params: IdOrCodeParams,
          body: UpdateStationBodySchema,
          response: { 200: StationSchema },
        },
      },
      async (request) => service.updateStation(deps, actorOf(request), { id: request.params.id, patch: request.body }),
    );
  };
}
