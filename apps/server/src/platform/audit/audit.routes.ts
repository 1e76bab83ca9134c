import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditEntrySchema, AuditListQuerySchema, listSchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../app-deps';
import { actorOf } from '../../http/auth.plugin';
import { listAudit } from './audit.service';

export function auditRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit',
      {
        config: { access: 'audit:read' },
        schema: {
          tags: ['audit'],
          summary: "Audit entries within the caller's scope, newest first",
          querystring: AuditListQuerySchema,
          response: { 200: listSchema(AuditEntrySchema) },
        },
      },
      async (request) => listAudit(db, actorOf(request), request.query),
    );
  };
}
