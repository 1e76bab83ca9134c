import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ImportReportSchema, LedgerImportQuerySchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { readUpload } from '../../../platform/import-export/http-files';
import { importLedger } from './ledger-import.service';

export function ledgerImportRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/rectification/import',
      {
        config: { access: 'rectification:write' },
        schema: {
          tags: ['rectification'],
          summary:
            'Import a ledger into a batch from CSV/XLSX (multipart `file`; one row per problem; a dry run unless dryRun=false)',
          consumes: ['multipart/form-data'],
          querystring: LedgerImportQuerySchema,
          response: { 200: ImportReportSchema },
        },
      },
      async (request) => importLedger(deps, actorOf(request), await readUpload(request), request.query),
    );
  };
}
