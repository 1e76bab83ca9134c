import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  IdParamsSchema,
  IssueNoticeBodySchema,
  NoticeSchema,
  ReplyNoticeBodySchema,
  listSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import * as supervision from './supervision.service';

const tags = ['workplan'];

/** Supervision notices (督办单): issue, reply, escalate. */
export function supervisionRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/workplan/notices',
      {
        config: { access: 'workplan:read' },
        schema: {
          tags,
          summary: 'Supervision notices within reach',
          querystring: z.object({
            itemId: z.string().optional(),
            open: z
              .enum(['true', 'false'])
              .optional()
              .transform((v) => (v === undefined ? undefined : v === 'true')),
          }),
          response: { 200: listSchema(NoticeSchema) },
        },
      },
      async (request) => supervision.listNotices(deps, actorOf(request), request.query),
    );

    app.post(
      '/workplan/items/:id/notices',
      {
        config: { access: 'workplan:supervise' },
        schema: {
          tags,
          summary: 'Issue a supervision notice on an item',
          params: IdParamsSchema,
          body: IssueNoticeBodySchema,
          response: { 201: NoticeSchema },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await supervision.issueNotice(deps, actorOf(request), { itemId: request.params.id, ...request.body })),
    );

    app.post(
      '/workplan/notices/:id/reply',
      {
        config: { access: 'workplan:report' },
        schema: {
          tags,
          summary: 'Reply to a supervision notice',
          params: IdParamsSchema,
          body: ReplyNoticeBodySchema,
          response: { 200: NoticeSchema },
        },
      },
      async (request) =>
        supervision.replyNotice(deps, actorOf(request), { id: request.params.id, reply: request.body.reply }),
    );

    app.post(
      '/workplan/notices/escalate',
      {
        config: { access: 'workplan:supervise' },
        schema: {
          tags,
          summary: 'Escalate every notice whose reply is late (level 1 → 2 → 3)',
          response: { 200: z.object({ escalated: z.number().int() }) },
        },
      },
      async (request) => supervision.escalateNotices(deps, actorOf(request)),
    );
  };
}
