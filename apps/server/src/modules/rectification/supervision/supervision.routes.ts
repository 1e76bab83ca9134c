import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  EscalationResultSchema,
  IdParamsSchema,
  IssueSupervisionNoticeBodySchema,
  ProblemListSchema,
  ReplySupervisionNoticeBodySchema,
  SupervisionNoticeListSchema,
  SupervisionNoticeQuerySchema,
  SupervisionNoticeSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { escalateSupervisionNotices } from './escalation.service';
import {
  issueSupervisionNotice,
  listSupervisionNotices,
  problemsNeedingNotice,
  replySupervisionNotice,
} from './supervision.service';

const tags = ['rectification'];
const params = IdParamsSchema;

/** Supervision of the ledger's problems (督办): notices to the rectifying unit, replies, escalation. */
export function supervisionRoutes({ db, clock }: AppDeps): FastifyPluginAsyncZod {
  const deps = { db, clock };
  return async (app) => {
    app.get(
      '/rectification/supervision-notices',
      {
        config: { access: 'rectification:read' },
        schema: {
          tags,
          summary: 'Supervision notices of the problems in scope, the newest first',
          querystring: SupervisionNoticeQuerySchema,
          response: { 200: SupervisionNoticeListSchema },
        },
      },
      async (request) => listSupervisionNotices(deps, actorOf(request), request.query),
    );
    app.get(
      '/rectification/supervision-notices/needed',
      {
        config: { access: 'rectification:read' },
        schema: {
          tags,
          summary: 'Overdue problems in scope without an open supervision notice',
          response: { 200: ProblemListSchema },
        },
      },
      async (request) => problemsNeedingNotice(deps, actorOf(request)),
    );
    app.post(
      '/rectification/problems/:id/supervision-notices',
      {
        config: { access: 'rectification:supervise' },
        schema: {
          tags,
          summary: "Issue a supervision notice to the problem's rectifying unit (reply in working days)",
          params,
          body: IssueSupervisionNoticeBodySchema,
          response: { 201: SupervisionNoticeSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await issueSupervisionNotice(deps, actorOf(request), request.params.id, request.body)),
    );
    app.post(
      '/rectification/supervision-notices/:id/reply',
      {
        config: { access: 'rectification:write' },
        schema: {
          tags,
          summary: 'The rectifying unit replies to a supervision notice',
          params,
          body: ReplySupervisionNoticeBodySchema,
          response: { 200: SupervisionNoticeSchema },
        },
      },
      async (request) => replySupervisionNotice(deps, actorOf(request), request.params.id, request.body.reply),
    );
    app.post(
      '/rectification/supervision-notices/escalate',
      {
        config: { access: 'rectification:supervise' },
        schema: {
          tags,
          summary: 'Escalate every open notice in scope whose reply is late (提醒 → 督办 → 约谈)',
          response: { 200: EscalationResultSchema },
        },
      },
      async (request) => escalateSupervisionNotices(deps, actorOf(request)),
    );
  };
}
