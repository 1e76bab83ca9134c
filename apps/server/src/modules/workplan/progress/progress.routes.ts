import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateRoundsBodySchema,
  IdParamsSchema,
  ReminderSchema,
  ReportSchema,
  ReviewReportBodySchema,
  RoundSchema,
  SubmitReportBodySchema,
  listSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import * as progress from './progress.service';
import * as rounds from './rounds.service';

const tags = ['workplan'];

/** Reporting rounds, progress reports with attachments, review and reminders. */
export function progressRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/workplan/plans/:id/rounds',
      {
        config: { access: 'workplan:read' },
        schema: {
          tags,
          summary: 'Reporting rounds of a plan',
          params: IdParamsSchema,
          response: { 200: listSchema(RoundSchema) },
        },
      },
      async (request) => rounds.listRounds(deps, request.params.id),
    );

    app.post(
      '/workplan/plans/:id/rounds',
      {
        config: { access: 'workplan:write' },
        schema: {
          tags,
          summary: 'Create the monthly reporting rounds (due on a working day)',
          params: IdParamsSchema,
          body: CreateRoundsBodySchema,
          response: { 201: listSchema(RoundSchema) },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await rounds.createMonthlyRounds(deps, actorOf(request), {
            planId: request.params.id,
            dueDay: request.body.dueDay,
          }),
        ),
    );

    app.get(
      '/workplan/items/:id/reports',
      {
        config: { access: 'workplan:read' },
        schema: {
          tags,
          summary: 'Progress reports on an item',
          params: IdParamsSchema,
          response: { 200: listSchema(ReportSchema) },
        },
      },
      async (request) => progress.listReports(deps, actorOf(request), request.params.id),
    );

    app.post(
      '/workplan/items/:id/reports',
      {
        config: { access: 'workplan:report' },
        bodyLimit: 8 * 1024 * 1024,
        schema: {
          tags,
          summary: 'Report progress on an item for a round (attachments base64, ≤ 5 MB each)',
          params: IdParamsSchema,
          body: SubmitReportBodySchema,
          response: { 201: ReportSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await progress.submitReport(deps, actorOf(request), { itemId: request.params.id, ...request.body })),
    );

    app.post(
      '/workplan/reports/:id/review',
      {
        config: { access: 'workplan:approve' },
        schema: {
          tags,
          summary: 'Approve, return or comment on a report',
          params: IdParamsSchema,
          body: ReviewReportBodySchema,
          response: { 200: ReportSchema },
        },
      },
      async (request) =>
        progress.reviewReport(deps, actorOf(request), { reportId: request.params.id, ...request.body }),
    );

    app.get(
      '/workplan/attachments/:id',
      {
        config: { access: 'workplan:read' },
        schema: { tags, summary: 'Download a report attachment', params: IdParamsSchema },
      },
      async (request, reply) => {
        const file = await progress.getAttachment(deps, actorOf(request), request.params.id);
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
          .send(file.data);
      },
    );

    app.get(
      '/workplan/plans/:id/reminders',
      {
        config: { access: 'workplan:read' },
        schema: {
          tags,
          summary: 'Reports owed for rounds due soon or overdue',
          params: IdParamsSchema,
          response: { 200: listSchema(ReminderSchema) },
        },
      },
      async (request) => progress.reminders(deps, actorOf(request), request.params.id),
    );
  };
}
