import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateDictEntryBodySchema,
  DictCodeParamsSchema,
  DictEntryListQuerySchema,
  DictEntryParamsSchema,
  DictEntrySchema,
  DictionarySchema,
  ExportQuerySchema,
  ImportQuerySchema,
  ImportReportSchema,
  UpdateDictEntryBodySchema,
  listSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../app-deps';
import { actorOf } from '../../http/auth.plugin';
import { readUpload, sendTable } from '../import-export/http-files';
import * as service from './dictionaries.service';

export function dictionariesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/dictionaries',
      {
        config: { access: 'dictionaries:read' },
        schema: {
          tags: ['dictionaries'],
          summary: 'Code tables with their entry counts',
          response: { 200: listSchema(DictionarySchema) },
        },
      },
      async () => service.listDictionaries(deps),
    );

    app.get(
      '/dictionaries/:code/entries',
      {
        config: { access: 'dictionaries:read' },
        schema: {
          tags: ['dictionaries'],
          summary: 'Entries of one code table',
          params: DictCodeParamsSchema,
          querystring: DictEntryListQuerySchema,
          response: { 200: listSchema(DictEntrySchema) },
        },
      },
      async (request) => service.listEntries(deps, { dictCode: request.params.code, query: request.query }),
    );

    app.post(
      '/dictionaries/:code/entries',
      {
        config: { access: 'dictionaries:write' },
        schema: {
          tags: ['dictionaries'],
          summary: 'Add an entry',
          params: DictCodeParamsSchema,
          body: CreateDictEntryBodySchema,
          response: { 201: DictEntrySchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await service.createEntry(deps, actorOf(request), { dictCode: request.params.code, entry: request.body }),
          ),
    );

    app.patch(
      '/dictionaries/:code/entries/:id',
      {
        config: { access: 'dictionaries:write' },
        schema: {
          tags: ['dictionaries'],
          summary: 'Change an entry',
          params: DictEntryParamsSchema,
          body: UpdateDictEntryBodySchema,
          response: { 200: DictEntrySchema },
        },
      },
      async (request) =>
        service.updateEntry(deps, actorOf(request), {
          dictCode: request.params.code,
          id: request.params.id,
          patch: request.body,
        }),
    );

    app.delete(
      '/dictionaries/:code/entries/:id',
      {
        config: { access: 'dictionaries:write' },
        schema: {
          tags: ['dictionaries'],
          summary: 'Remove an entry',
          params: DictEntryParamsSchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await service.deleteEntry(deps, actorOf(request), { dictCode: request.params.code, id: request.params.id });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/dictionaries/:code/export',
      {
        config: { access: 'dictionaries:read' },
        schema: {
          tags: ['dictionaries'],
          summary: 'Download a code table as CSV or XLSX',
          params: DictCodeParamsSchema,
          querystring: ExportQuerySchema,
        },
      },
      async (request, reply) => {
        const data = await service.exportEntries(deps, { dictCode: request.params.code, format: request.query.format });
        return sendTable(reply, data, request.query.format, `dictionary-${request.params.code}`);
      },
    );

    app.post(
      '/dictionaries/:code/import',
      {
        config: { access: 'dictionaries:write' },
        schema: {
          tags: ['dictionaries'],
          summary: 'Import entries from CSV/XLSX (multipart field `file`): dry run first, then apply',
          consumes: ['multipart/form-data'],
          params: DictCodeParamsSchema,
          querystring: ImportQuerySchema,
          response: { 200: ImportReportSchema },
        },
      },
      async (request) => {
        const file = await readUpload(request);
        return service.importEntries(deps, actorOf(request), {
          dictCode: request.params.code,
          file,
          opts: request.query,
        });
      },
    );
  };
}
