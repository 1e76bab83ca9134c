import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateInspectionPlanBodySchema,
  IdSchema,
  InspectionObjectListSchema,
  InspectionObjectSchema,
  InspectionObjectsQuerySchema,
  InspectionPlanListSchema,
  InspectionPlanSchema,
  InspectionPlanVerifySchema,
  InspectorListSchema,
  InspectorSchema,
  PublicInspectionPlanListSchema,
  PutInspectionObjectBodySchema,
  PutInspectorBodySchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { listInspectors, putInspector } from './inspectors.service';
import { listObjects, putObject } from './objects.service';
import { createPlan, getPlan, listPlans, publishPlan, verifyPlan } from './plans.service';
import { publicPlans } from './public-plans.service';

const tags = ['enforcement'];
const planParams = z.object({ id: IdSchema });

/** 双随机、一公开: the object and inspector libraries, draw plans, their publication. */
export function inspectionsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const { db, clock } = deps;
  const d = { db, clock };
  return async (app) => {
    app.get(
      '/enforcement/inspection-objects',
      {
        config: { access: 'enforcement:read' },
        schema: {
          tags,
          summary: 'The object library (key, special, general units) of the enterprises in reach, with reasons',
          querystring: InspectionObjectsQuerySchema,
          response: { 200: InspectionObjectListSchema },
        },
      },
      async (request) => listObjects(d, actorOf(request), request.query),
    );
    app.put(
      '/enforcement/inspection-objects/:enterpriseId',
      {
        config: { access: 'enforcement:plan' },
        schema: {
          tags,
          summary: "Set a unit's manual placement, special criteria and positive-list flag",
          params: z.object({ enterpriseId: IdSchema }),
          body: PutInspectionObjectBodySchema,
          response: { 200: InspectionObjectSchema },
        },
      },
      async (request) => putObject(d, actorOf(request), request.params.enterpriseId, request.body),
    );
    app.get(
      '/enforcement/inspectors',
      {
        config: { access: 'enforcement:read' },
        schema: {
          tags,
          summary: "The inspector library of the caller's organisation tree, with recusals",
          response: { 200: InspectorListSchema },
        },
      },
      async (request) => listInspectors(d, actorOf(request)),
    );
    app.put(
      '/enforcement/inspectors/:userId',
      {
        config: { access: 'enforcement:plan' },
        schema: {
          tags,
          summary: "Set an inspector's recusals and availability",
          params: z.object({ userId: IdSchema }),
          body: PutInspectorBodySchema,
          response: { 200: InspectorSchema },
        },
      },
      async (request) => putInspector(d, actorOf(request), request.params.userId, request.body),
    );
    app.get(
      '/enforcement/inspection-plans',
      {
        config: { access: 'enforcement:read' },
        schema: { tags, summary: 'Draw plans in reach', response: { 200: InspectionPlanListSchema } },
      },
      async (request) => listPlans(d, actorOf(request)),
    );
    app.post(
      '/enforcement/inspection-plans',
      {
        config: { access: 'enforcement:plan' },
        schema: {
          tags,
          summary: 'Draw units and inspectors for a region and period from a recorded seed',
          body: CreateInspectionPlanBodySchema,
          response: { 201: InspectionPlanSchema },
        },
      },
      async (request, reply) => reply.code(201).send(await createPlan(d, actorOf(request), request.body)),
    );
    app.get(
      '/enforcement/inspection-plans/:id',
      {
        config: { access: 'enforcement:read' },
        schema: {
          tags,
          summary: 'A plan; its list and seed are hidden from non-owners before the inspection date',
          params: planParams,
          response: { 200: InspectionPlanSchema },
        },
      },
      async (request) => getPlan(d, actorOf(request), request.params.id),
    );
    app.post(
      '/enforcement/inspection-plans/:id/publish',
      {
        config: { access: 'enforcement:plan' },
        schema: {
          tags,
          summary: 'Publish the result on the portal (from the inspection date on)',
          params: planParams,
          response: { 200: InspectionPlanSchema },
        },
      },
      async (request) => publishPlan(d, actorOf(request), request.params.id),
    );
    app.post(
      '/enforcement/inspection-plans/:id/verify',
      {
        config: { access: 'enforcement:read' },
        schema: {
          tags,
          summary: 'Re-run the draw from the stored seed and inputs and compare with the stored list',
          params: planParams,
          response: { 200: InspectionPlanVerifySchema },
        },
      },
      async (request) => verifyPlan(d, actorOf(request), request.params.id),
    );
    app.get(
      '/public/enforcement/inspection-plans',
      {
        config: { access: 'public', rateLimit: { max: deps.config.publicRateLimit, timeWindow: '1 minute' } },
        schema: {
          tags: ['public'],
          summary: 'Published random-inspection results: region, period, seed, algorithm, units and check method',
          response: { 200: PublicInspectionPlanListSchema },
        },
      },
      async () => publicPlans(d),
    );
  };
}
