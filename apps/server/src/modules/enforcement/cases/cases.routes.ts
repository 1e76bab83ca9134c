import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AssessPenaltyBodySchema,
  CaseDetailSchema,
  CaseEventBodySchema,
  CaseListQuerySchema,
  CaseListSchema,
  CreateCaseBodySchema,
  IdSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { assessCasePenalty, createCase, getCase, listCases, recordEvent } from './cases.service';

const tags = ['enforcement'];
const params = z.object({ id: IdSchema });

/** Cases with their clocks, through the register's scope (a case outside it is 404). */
export function casesRoutes({ db, clock }: AppDeps): FastifyPluginAsyncZod {
  const deps = { db, clock };
  return async (app) => {
    app.get(
      '/enforcement/cases',
      {
        config: { access: 'enforcement:read' },
        schema: {
          tags,
          summary: 'Cases in scope with the clock falling due first (days left, paused, overdue)',
          querystring: CaseListQuerySchema,
          response: { 200: CaseListSchema },
        },
      },
      async (request) => listCases(deps, actorOf(request), request.query),
    );
    app.post(
      '/enforcement/cases',
      {
        config: { access: 'enforcement:write' },
        schema: {
          tags,
          summary: 'Open a case from a compliance lead or by hand (the filing clock starts)',
          body: CreateCaseBodySchema,
          response: { 201: CaseDetailSchema },
        },
      },
      async (request, reply) => reply.code(201).send(await createCase(deps, actorOf(request), request.body)),
    );
    app.get(
      '/enforcement/cases/:id',
      {
        config: { access: 'enforcement:read' },
        schema: {
          tags,
          summary: 'A case with its timeline, clocks, penalty, limitation and daily penalty',
          params,
          response: { 200: CaseDetailSchema },
        },
      },
      async (request) => getCase(deps, actorOf(request), request.params.id),
    );
    app.post(
      '/enforcement/cases/:id/events',
      {
        config: { access: 'enforcement:write' },
        schema: {
          tags,
          summary: 'Record a step on a day (filing, notice, hearing, decision, service, payment, orders …)',
          params,
          body: CaseEventBodySchema,
          response: { 200: CaseDetailSchema },
        },
      },
      async (request) => recordEvent(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/enforcement/cases/:id/penalty',
      {
        config: { access: 'enforcement:write' },
        schema: {
          tags,
          summary: "The fine by the jurisdiction's discretion table and the basis in force on the act's day",
          params,
          body: AssessPenaltyBodySchema,
          response: { 200: CaseDetailSchema },
        },
      },
      async (request) => assessCasePenalty(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
