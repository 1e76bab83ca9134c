import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateReportDeadlineOverrideBodySchema,
  ExecutionReportQuerySchema,
  ExecutionReportSchema,
  IdSchema,
  ReportDeadlineOverrideSchema,
  SubmitExecutionReportBodySchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { createDeadlineOverride, deleteDeadlineOverride, listDeadlineOverrides } from './deadline-overrides.service';
import { listReports, submitReport } from './reports.service';

/** Execution reports (执行报告): the expected periods and their state, submission, and the deadline overrides. */
export function reportsRoutes({ db, clock }: AppDeps): FastifyPluginAsyncZod {
  const deps = { db, clock };
  return async (app) => {
    app.get(
      '/sources/reports',
      {
        config: { access: 'sources:read' },
        schema: {
          tags: ['sources'],
          summary: 'Execution reports of the permits in scope: expected periods, folds, submissions, lateness',
          querystring: ExecutionReportQuerySchema,
          response: { 200: z.object({ items: z.array(ExecutionReportSchema) }) },
        },
      },
      async (request) => listReports(deps, actorOf(request), request.query),
    );

    app.post(
      '/sources/reports',
      {
        config: { access: 'sources:report' },
        schema: {
          tags: ['sources'],
          summary: 'Submit an execution report (an enterprise for its own units; staff enter paper reports)',
          body: SubmitExecutionReportBodySchema,
          response: { 201: ExecutionReportSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await submitReport(deps, actorOf(request), request.body)),
    );

    app.get(
      '/sources/report-deadline-overrides',
      {
        config: { access: 'sources:read' },
        schema: {
          tags: ['sources'],
          summary: 'Report deadlines moved by Ministry notice (per frequency and period)',
          response: { 200: z.object({ items: z.array(ReportDeadlineOverrideSchema) }) },
        },
      },
      async () => listDeadlineOverrides(deps),
    );

    app.post(
      '/sources/report-deadline-overrides',
      {
        config: { access: 'sources:write' },
        schema: {
          tags: ['sources'],
          summary: 'Move a report deadline (province-wide scope; audited)',
          body: CreateReportDeadlineOverrideBodySchema,
          response: { 201: ReportDeadlineOverrideSchema },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createDeadlineOverride(deps, actorOf(request), request.body)),
    );

    app.delete(
      '/sources/report-deadline-overrides/:id',
      {
        config: { access: 'sources:write' },
        schema: {
          tags: ['sources'],
          summary: 'Remove a report deadline override (province-wide scope; audited)',
          params: z.object({ id: IdSchema }),
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await deleteDeadlineOverride(deps, actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
