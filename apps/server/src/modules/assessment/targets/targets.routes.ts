import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateTargetBodySchema,
  IdParamsSchema,
  ImportQuerySchema,
  ImportReportSchema,
  TargetListQuerySchema,
  TargetProgressSchema,
  TargetSchema,
  UpdateTargetBodySchema,
  listSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { readUpload } from '../../../platform/import-export/http-files';
import { listProgress } from './target-list.service';
import { importTargets } from './targets-import';
import { createTarget, deleteTarget, updateTarget } from './targets.service';

export function targetsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/assessment/targets',
      {
        config: { access: 'assessment:read' },
        schema: {
          tags: ['assessment'],
          summary: 'National assessment targets of a year (default: this year) with progress and year-end forecast',
          querystring: TargetListQuerySchema,
          response: { 200: listSchema(TargetProgressSchema) },
        },
      },
      async (request) => {
        const items = await listProgress(deps, actorOf(request), request.query);
        return { items, total: items.length };
      },
    );

    app.post(
      '/assessment/targets',
      {
        config: { access: 'assessment:write' },
        schema: {
          tags: ['assessment'],
          summary: 'Create a target (name/unit/direction default from the live indicator)',
          body: CreateTargetBodySchema,
          response: { 201: TargetSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await createTarget(deps, actorOf(request), request.body)),
    );

    app.patch(
      '/assessment/targets/:id',
      {
        config: { access: 'assessment:write' },
        schema: {
          tags: ['assessment'],
          summary: 'Change a target value, name or note',
          params: IdParamsSchema,
          body: UpdateTargetBodySchema,
          response: { 200: TargetSchema },
        },
      },
      async (request) => updateTarget(deps, actorOf(request), { id: request.params.id, patch: request.body }),
    );

    app.delete(
      '/assessment/targets/:id',
      {
        config: { access: 'assessment:write' },
        schema: {
          tags: ['assessment'],
          summary: 'Delete a target',
          params: IdParamsSchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deleteTarget(deps, actorOf(request), request.params);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/assessment/targets/import',
      {
        config: { access: 'assessment:write' },
        schema: {
          tags: ['assessment'],
          summary: 'Import targets from CSV/XLSX (multipart field "file"); a dry run unless dryRun=false',
          querystring: ImportQuerySchema,
          response: { 200: ImportReportSchema },
        },
      },
      async (request) => {
        const { data, format } = await readUpload(request);
        return importTargets(deps, actorOf(request), data, format, {
          dryRun: request.query.dryRun,
          mode: request.query.mode,
        });
      },
    );
  };
}
