import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  BatchBodySchema,
  BatchListSchema,
  BatchSchema,
  EvidenceBodySchema,
  IdParamsSchema,
  ProblemBodySchema,
  ProblemDetailSchema,
  ProblemListQuerySchema,
  ProblemListSchema,
  ProblemStepBodySchema,
  RectificationSettingsSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { createBatch, listBatchViews, updateBatchOf } from './batches.service';
import { addEvidence, getEvidence } from './evidence.service';
import { createProblem, getProblem, listProblems, updateProblemPlan } from './problems.service';
import { putSettings, readSettings, takeStep } from './steps.service';

const tags = ['rectification'];
const params = IdParamsSchema;

/** The ledger: batches, problems with their plan, steps, evidence and the notice setting. */
export function ledgerRoutes({ db, clock }: AppDeps): FastifyPluginAsyncZod {
  const deps = { db, clock };
  return async (app) => {
    app.get(
      '/rectification/batches',
      {
        config: { access: 'rectification:read' },
        schema: {
          tags,
          summary: 'Inspection batches with their problems per status (in scope)',
          response: { 200: BatchListSchema },
        },
      },
      async (request) => listBatchViews(deps, actorOf(request)),
    );
    app.post(
      '/rectification/batches',
      {
        config: { access: 'rectification:write' },
        schema: {
          tags,
          summary: 'Record an inspection batch (department only)',
          body: BatchBodySchema,
          response: { 201: BatchSchema },
        },
      },
      async (request, reply) => reply.code(201).send(await createBatch(deps, actorOf(request), request.body)),
    );
    app.put(
      '/rectification/batches/:id',
      {
        config: { access: 'rectification:write' },
        schema: {
          tags,
          summary: 'Edit a batch (department only)',
          params,
          body: BatchBodySchema,
          response: { 200: BatchSchema },
        },
      },
      async (request) => updateBatchOf(deps, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/rectification/problems',
      {
        config: { access: 'rectification:read' },
        schema: {
          tags,
          summary: 'Problems in scope (status filter includes the computed overdue)',
          querystring: ProblemListQuerySchema,
          response: { 200: ProblemListSchema },
        },
      },
      async (request) => listProblems(deps, actorOf(request), request.query),
    );
    app.post(
      '/rectification/problems',
      {
        config: { access: 'rectification:write' },
        schema: {
          tags,
          summary: 'Add a problem with its rectification plan (Code art. 29)',
          body: ProblemBodySchema,
          response: { 201: ProblemDetailSchema },
        },
      },
      async (request, reply) => reply.code(201).send(await createProblem(deps, actorOf(request), request.body)),
    );
    app.get(
      '/rectification/problems/:id',
      {
        config: { access: 'rectification:read' },
        schema: {
          tags,
          summary: 'A problem: plan, steps, evidence, notice and the live monitoring class',
          params,
          response: { 200: ProblemDetailSchema },
        },
      },
      async (request) => getProblem(deps, actorOf(request), request.params.id),
    );
    app.put(
      '/rectification/problems/:id',
      {
        config: { access: 'rectification:write' },
        schema: {
          tags,
          summary: "Edit a problem's plan",
          params,
          body: ProblemBodySchema,
          response: { 200: ProblemDetailSchema },
        },
      },
      async (request) => updateProblemPlan(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/rectification/problems/:id/steps',
      {
        config: { access: 'rectification:read' },
        schema: {
          tags,
          summary: 'A step of the state machine (each step checks its own permission)',
          params,
          body: ProblemStepBodySchema,
          response: { 200: ProblemDetailSchema },
        },
      },
      async (request) => takeStep(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/rectification/problems/:id/evidence',
      {
        config: { access: 'rectification:write' },
        schema: {
          tags,
          summary: 'Add a document or photo (base64, ≤ 5 MB)',
          params,
          body: EvidenceBodySchema,
          response: { 200: ProblemDetailSchema },
        },
      },
      async (request) => addEvidence(deps, actorOf(request), request.params.id, request.body),
    );
    app.get(
      '/rectification/evidence/:id',
      { config: { access: 'rectification:read' }, schema: { tags, summary: 'Download an evidence file', params } },
      async (request, reply) => {
        const file = await getEvidence(deps, actorOf(request), request.params.id);
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
          .send(file.data);
      },
    );
    app.get(
      '/rectification/settings',
      {
        config: { access: 'rectification:read' },
        schema: { tags, summary: 'The public notice period', response: { 200: RectificationSettingsSchema } },
      },
      async () => readSettings(db),
    );
    app.put(
      '/rectification/settings',
      {
        config: { access: 'rectification:accept' },
        schema: {
          tags,
          summary: 'Set the public notice period (working days)',
          body: RectificationSettingsSchema,
          response: { 200: RectificationSettingsSchema },
        },
      },
      async (request) => putSettings(deps, actorOf(request), request.body),
    );
  };
}
