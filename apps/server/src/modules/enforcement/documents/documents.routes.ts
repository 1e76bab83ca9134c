import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CaseDocumentParamsSchema, CaseDocumentQuerySchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { attachmentDisposition } from '../../../platform/documents/attachment';
import { renderCaseDocument } from './documents.service';

/** The documents of a case (立案审批表 … 送达回证) as DOCX or PDF, in the reach of the case itself. */
export function caseDocumentsRoutes({ db, clock }: AppDeps): FastifyPluginAsyncZod {
  const deps = { db, clock };
  return async (app) => {
    app.get(
      '/enforcement/cases/:id/documents/:kind',
      {
        config: { access: 'enforcement:read' },
        schema: {
          tags: ['enforcement'],
          summary:
            'A case document in the department format (filing form, order to correct, prior notice, hearing notice, decision, service receipt): DOCX or PDF; 409 before the step it records',
          params: CaseDocumentParamsSchema,
          querystring: CaseDocumentQuerySchema,
        },
      },
      async (request, reply) => {
        const { id, kind } = request.params;
        const file = await renderCaseDocument(deps, actorOf(request), id, kind, request.query.format);
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', attachmentDisposition(file.filename))
          .header('cache-control', 'no-store')
          .send(file.data);
      },
    );
  };
}
