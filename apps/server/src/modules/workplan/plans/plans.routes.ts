import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AppError,
  CreatePlanBodySchema,
  IdParamsSchema,
  ImportPreviewBodySchema,
  ImportProposalBodySchema,
  ItemInputSchema,
  ItemListQuerySchema,
  ItemSchema,
  PlanProposalSchema,
  PlanSchema,
  UpdatePlanBodySchema,
  listSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { planTextFromFile } from '../import/plan-file';
import * as plans from './plans.service';

const tags = ['workplan'];

/** Plans, items and the importer. */
export function plansRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/workplan/plans',
      {
        config: { access: 'workplan:read' },
        schema: { tags, summary: 'Work plans', response: { 200: listSchema(PlanSchema) } },
      },
      async () => plans.listPlans(deps),
    );

    app.post(
      '/workplan/plans',
      {
        config: { access: 'workplan:write' },
        schema: {
          tags,
          summary: 'Create a plan (one per year and organisation)',
          body: CreatePlanBodySchema,
          response: { 201: PlanSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await plans.createPlan(deps, actorOf(request), request.body)),
    );

    app.patch(
      '/workplan/plans/:id',
      {
        config: { access: 'workplan:write' },
        schema: {
          tags,
          summary: 'Rename a plan or change its assessment weights',
          params: IdParamsSchema,
          body: UpdatePlanBodySchema,
          response: { 200: PlanSchema },
        },
      },
      async (request) => plans.updatePlan(deps, actorOf(request), { id: request.params.id, ...request.body }),
    );

    app.get(
      '/workplan/plans/:id/items',
      {
        config: { access: 'workplan:read' },
        schema: {
          tags,
          summary: "Items of a plan within the caller's reach, with status",
          params: IdParamsSchema,
          querystring: ItemListQuerySchema,
          response: { 200: listSchema(ItemSchema) },
        },
      },
      async (request) => plans.listItems(deps, actorOf(request), request.params.id, request.query),
    );

    app.post(
      '/workplan/plans/:id/items',
      {
        config: { access: 'workplan:write' },
        schema: {
          tags,
          summary: 'Add an item (section, task or measure) with units and indicators',
          params: IdParamsSchema,
          body: ItemInputSchema,
          response: { 201: ItemSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await plans.createItem(deps, actorOf(request), { planId: request.params.id, ...request.body })),
    );

    app.get(
      '/workplan/items/:id',
      {
        config: { access: 'workplan:read' },
        schema: { tags, summary: 'One item (drill-down)', params: IdParamsSchema, response: { 200: ItemSchema } },
      },
      async (request) => plans.getItem(deps, actorOf(request), request.params.id),
    );

    app.post(
      '/workplan/items/:id/done',
      {
        config: { access: 'workplan:approve' },
        schema: {
          tags,
          summary: 'Move an item to done, or reopen it',
          params: IdParamsSchema,
          body: z.object({ done: z.boolean() }),
          response: { 200: ItemSchema },
        },
      },
      async (request) => plans.setItemDone(deps, actorOf(request), { id: request.params.id, done: request.body.done }),
    );

    app.post(
      '/workplan/import/preview',
      {
        config: { access: 'workplan:write' },
        schema: {
          tags,
          summary:
            "Read a plan's text (JSON {text, year} or multipart field `file`: .docx or UTF-8 .txt) into a proposed item tree",
          querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
          response: { 200: PlanProposalSchema },
        },
      },
      async (request) => {
        const { text, year } = await previewInput(request);
        return plans.previewImport(deps, text, year ?? request.query.year);
      },
    );

    app.post(
      '/workplan/plans/:id/import',
      {
        config: { access: 'workplan:write' },
        schema: {
          tags,
          summary: 'Save a reviewed proposal under a plan',
          params: IdParamsSchema,
          body: ImportProposalBodySchema,
          response: {
            200: z.object({
              created: z.number().int(),
              indicators: z.number().int(),
              unmatchedUnits: z.array(z.string()),
            }),
          },
        },
      },
      async (request) => plans.saveImport(deps, actorOf(request), { planId: request.params.id, ...request.body }),
    );
  };
}

async function previewInput(
  request: import('fastify').FastifyRequest,
): Promise<{ text: string; year?: number | undefined }> {
  if (request.isMultipart()) {
    const part = await request.file();
    if (!part || part.fieldname !== 'file')
      throw new AppError('VALIDATION_FAILED', 'the multipart field "file" is missing', [
        { path: 'body.file', message: 'required' },
      ]);
    return { text: planTextFromFile(part.filename, await part.toBuffer()) };
  }
  const parsed = ImportPreviewBodySchema.safeParse(request.body);
  if (!parsed.success)
    throw new AppError(
      'VALIDATION_FAILED',
      'send {text, year?} or a multipart file',
      parsed.error.issues.map((i) => ({ path: ['body', ...i.path].join('.'), message: i.message })),
    );
  return parsed.data;
}
