import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AssessmentRowSchema,
  BoardRowSchema,
  IdParamsSchema,
  ItemSchema,
  MetricListItemSchema,
  MetricPreviewParamsSchema,
  MetricPreviewQuerySchema,
  MetricPreviewSchema,
  SeriesSchema,
  UnitDutySchema,
  listSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { groupedMetrics } from './metric-groups';
import { previewMetric } from './metric-preview';
import * as views from './views.service';

const tags = ['workplan'];

/**
 * The board, drill-downs, per-unit duties, the overdue list, indicator series, the year-end assessment and
 * the metrics an indicator can be bound to (with a preview of one).
 */
export function viewsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/workplan/plans/:id/board',
      {
        config: { access: 'workplan:read' },
        schema: {
          tags,
          summary: 'Top-level items with status counts',
          params: IdParamsSchema,
          response: { 200: listSchema(BoardRowSchema) },
        },
      },
      async (request) => views.board(deps, actorOf(request), request.params.id),
    );

    app.get(
      '/workplan/plans/:id/overdue',
      {
        config: { access: 'workplan:read' },
        schema: {
          tags,
          summary: 'Items past their deadline',
          params: IdParamsSchema,
          response: { 200: listSchema(ItemSchema) },
        },
      },
      async (request) => views.overdue(deps, actorOf(request), request.params.id),
    );

    app.get(
      '/workplan/plans/:id/units/:unitId',
      {
        config: { access: 'workplan:read' },
        schema: {
          tags,
          summary: 'What a unit owes and when',
          params: IdParamsSchema.extend({ unitId: z.string().min(1).max(64) }),
          response: { 200: listSchema(UnitDutySchema) },
        },
      },
      async (request) => views.unitDuties(deps, actorOf(request), request.params.id, request.params.unitId),
    );

    app.get(
      '/workplan/indicators/:id/series',
      {
        config: { access: 'workplan:read' },
        schema: {
          tags,
          summary: 'Reported values over time against the target line',
          params: IdParamsSchema,
          response: { 200: SeriesSchema },
        },
      },
      async (request) => views.indicatorSeries(deps, actorOf(request), request.params.id),
    );

    app.get(
      '/workplan/plans/:id/assessment',
      {
        config: { access: 'workplan:read' },
        schema: {
          tags,
          summary: 'Year-end unit scores (JSON, XLSX with ?format=xlsx, a Chinese summary PDF with ?format=pdf)',
          params: IdParamsSchema,
          querystring: z.object({ format: z.enum(['json', 'xlsx', 'pdf']).default('json') }),
          response: { 200: listSchema(AssessmentRowSchema) },
        },
      },
      async (request, reply) => {
        if (request.query.format === 'json') return views.assessment(deps, actorOf(request), request.params.id);
        if (request.query.format === 'pdf') {
          const pdf = await views.assessmentPdf(deps, actorOf(request), request.params.id);
          return reply
            .header('content-type', 'application/pdf')
            .header('content-disposition', 'attachment; filename="assessment.pdf"')
            .send(pdf as never);
        }
        const data = await views.assessmentXlsx(deps, actorOf(request), request.params.id);
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', 'attachment; filename="assessment.xlsx"')
          .send(data as never); // a Buffer bypasses the JSON serializer
      },
    );

    app.get(
      '/workplan/metrics',
      {
        config: { access: 'workplan:read' },
        schema: {
          tags,
          summary: 'Live metrics other modules publish (bindable to indicators), by group in picker order',
          response: { 200: listSchema(MetricListItemSchema) },
        },
      },
      async () => {
        const items = groupedMetrics();
        return { items, total: items.length };
      },
    );

    app.get(
      '/workplan/metrics/:key/preview',
      {
        config: { access: 'workplan:read' },
        schema: {
          tags,
          summary: "A metric's current reading for a region and year, with its month-end trajectory (≤ 13 reads)",
          params: MetricPreviewParamsSchema,
          querystring: MetricPreviewQuerySchema,
          response: { 200: MetricPreviewSchema },
        },
      },
      async (request) => previewMetric(deps, actorOf(request), request.params.key, request.query),
    );
  };
}
