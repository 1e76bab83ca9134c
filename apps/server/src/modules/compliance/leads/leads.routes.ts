import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AskLeadBodySchema,
  CaseLeadBodySchema,
  DismissLeadBodySchema,
  ExplainLeadBodySchema,
  IdSchema,
  LeadListQuerySchema,
  LeadListSchema,
  LeadSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { getLead, listLeadsInScope, stepLead } from './leads.service';

const tags = ['compliance'];
const params = z.object({ id: IdSchema });

/** The leads inbox (exceedances, signs, missing data, low transmission) and its triage, all in scope. */
export function leadsRoutes({ db, clock }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/compliance/leads',
      {
        config: { access: 'compliance:read' },
        schema: {
          tags,
          summary: 'Leads of the outlets in scope (newest start first unless sorted by start, createdAt or kind)',
          querystring: LeadListQuerySchema,
          response: { 200: LeadListSchema },
        },
      },
      async (request) => listLeadsInScope({ db }, actorOf(request), request.query),
    );
    app.get(
      '/compliance/leads/:id',
      {
        config: { access: 'compliance:read' },
        schema: {
          tags,
          summary: 'One lead with its evidence; 404 LEAD_NOT_FOUND outside scope',
          params,
          response: { 200: LeadSchema },
        },
      },
      async (request) => getLead({ db }, actorOf(request), request.params.id),
    );
    app.post(
      '/compliance/leads/:id/dismiss',
      {
        config: { access: 'compliance:triage' },
        schema: {
          tags,
          summary: 'Dismiss an open or explained lead with a reason (409 LEAD_STATE_CONFLICT otherwise; audited)',
          params,
          body: DismissLeadBodySchema,
          response: { 200: LeadSchema },
        },
      },
      async (request) =>
        stepLead({ db, clock }, actorOf(request), request.params.id, { step: 'dismiss', reason: request.body.reason }),
    );
    app.post(
      '/compliance/leads/:id/ask',
      {
        config: { access: 'compliance:triage' },
        schema: {
          tags,
          summary: 'Ask the enterprise to explain an open lead (audited)',
          params,
          body: AskLeadBodySchema,
          response: { 200: LeadSchema },
        },
      },
      async (request) =>
        stepLead({ db, clock }, actorOf(request), request.params.id, { step: 'ask', question: request.body.question }),
    );
    app.post(
      '/compliance/leads/:id/explain',
      {
        config: { access: 'compliance:explain' },
        schema: {
          tags,
          summary: "The enterprise's answer to the question about its own outlet's lead (audited)",
          params,
          body: ExplainLeadBodySchema,
          response: { 200: LeadSchema },
        },
      },
      async (request) =>
        stepLead({ db, clock }, actorOf(request), request.params.id, {
          step: 'explain',
          explanation: request.body.explanation,
        }),
    );
    app.post(
      '/compliance/leads/:id/case',
      {
        config: { access: 'compliance:triage' },
        schema: {
          tags,
          summary: 'Turn an open or explained lead into a case request for enforcement (audited)',
          params,
          body: CaseLeadBodySchema,
          response: { 200: LeadSchema },
        },
      },
      async (request) =>
        stepLead({ db, clock }, actorOf(request), request.params.id, { step: 'case', reason: request.body.reason }),
    );
  };
}
