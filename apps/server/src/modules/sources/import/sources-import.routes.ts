import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ImportQuerySchema, ImportReportSchema } from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { readUpload } from '../../../platform/import-export/http-files';
import { importSources } from './sources-import.service';

export function sourcesImportRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/sources/import',
      {
        config: { access: 'sources:import' },
        schema: {
          tags: ['sources'],
          summary:
            'Import the register from CSV/XLSX (multipart `file`; one row per permit × outlet × pollutant; a dry run unless dryRun=false)',
          consumes: ['multipart/form-data'],
          querystring: ImportQuerySchema,
          response: { 200: ImportReportSchema },
        },
      },
      async (request) => importSources(deps, actorOf(request), { file: await readUpload(request), ...request.query }),
    );
  };
}
