import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  IdParamsSchema,
  MonthSchema,
  MonthlyDecisionBodySchema,
  MonthlyReportSchema,
  listSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import * as monthly from './monthly.service';

const tags = ['workplan'];
const PlanMonthParamsSchema = IdParamsSchema.extend({ month: MonthSchema });
const CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/** The monthly progress report: compile, submit, approve or return (a leader), release, download. */
export function monthlyRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/workplan/plans/:id/monthly-reports',
      {
        config: { access: 'workplan:read' },
        schema: {
          tags,
          summary: "The plan's monthly progress reports (without content), newest month first",
          params: IdParamsSchema,
          response: { 200: listSchema(MonthlyReportSchema.omit({ content: true })) },
        },
      },
      async (request) => monthly.listMonthly(deps, actorOf(request), request.params.id),
    );

    app.get(
      '/workplan/plans/:id/monthly-reports/:month',
      {
        config: { access: 'workplan:read' },
        schema: {
          tags,
          summary: "A month's report with its content (404 until compiled)",
          params: PlanMonthParamsSchema,
          response: { 200: MonthlyReportSchema },
        },
      },
      async (request) => monthly.getMonthlyOf(deps, actorOf(request), request.params.id, request.params.month),
    );

    app.post(
      '/workplan/plans/:id/monthly-reports/:month/compile',
      {
        config: { access: 'workplan:write' },
        schema: {
          tags,
          summary: "Compile (or recompile a draft or returned) month's report from the month's progress reports",
          params: PlanMonthParamsSchema,
          response: { 200: MonthlyReportSchema },
        },
      },
      async (request) => monthly.compileMonthly(deps, actorOf(request), request.params.id, request.params.month),
    );

    app.post(
      '/workplan/monthly-reports/:id/submit',
      {
        config: { access: 'workplan:write' },
        schema: {
          tags,
          summary: 'Submit a draft for approval',
          params: IdParamsSchema,
          response: { 200: MonthlyReportSchema },
        },
      },
      async (request) => monthly.submitMonthly(deps, actorOf(request), request.params.id),
    );

    app.post(
      '/workplan/monthly-reports/:id/decision',
      {
        config: { access: 'workplan:approve' },
        schema: {
          tags,
          summary: 'A leader approves (freezing the content) or returns a submitted report with a reason',
          params: IdParamsSchema,
          body: MonthlyDecisionBodySchema,
          response: { 200: MonthlyReportSchema },
        },
      },
      async (request) => monthly.decideMonthly(deps, actorOf(request), request.params.id, request.body),
    );

    app.post(
      '/workplan/monthly-reports/:id/release',
      {
        config: { access: 'workplan:write' },
        schema: {
          tags,
          summary: 'Release an approved report',
          params: IdParamsSchema,
          response: { 200: MonthlyReportSchema },
        },
      },
      async (request) => monthly.releaseMonthly(deps, actorOf(request), request.params.id),
    );

    app.get(
      '/workplan/monthly-reports/:id/document',
      {
        config: { access: 'workplan:read' },
        schema: {
          tags,
          summary: 'The report as an editable Word document (?format=docx) or a PDF (?format=pdf)',
          params: IdParamsSchema,
          querystring: z.object({ format: z.enum(['docx', 'pdf']).default('pdf') }),
        },
      },
      async (request, reply) => {
        const { format } = request.query;
        const doc = await monthly.monthlyDocument(deps, actorOf(request), request.params.id, format);
        return reply
          .header('content-type', CONTENT_TYPES[format])
          .header('content-disposition', `attachment; filename="${doc.filename}"`)
          .send(doc.data as never); // a Buffer bypasses the JSON serializer
      },
    );
  };
}
