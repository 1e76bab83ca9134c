import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AppError,
  BulletinQuerySchema,
  CreateJobBodySchema,
  IdParamsSchema,
  JobSchema,
  listSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { sendTable } from '../../../platform/import-export/http-files';
import { assertRegionInScope } from '../../../platform/scope/region-scope';
import { kickJobs } from './bulletin-scheduler';
import { bulletinContent, bulletinDocx, bulletinPdf, provinceCode } from './bulletin.service';
import { bulletinTablesXlsx } from './bulletin-xlsx';
import { enqueueBulletin, getJob, listJobs, toJob } from './jobs.service';

export function bulletinRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  /** A city bulletin needs the city in scope; the province bulletin (a ranking) is open to all readers. */
  const checkScope = async (actor: ReturnType<typeof actorOf>, regionCode: string | undefined) => {
    if (regionCode && regionCode !== (await provinceCode(deps))) assertRegionInScope(actor, regionCode);
  };
  return async (app) => {
    app.get(
      '/assessment/bulletins/air-monthly',
      {
        config: { access: 'assessment:read' },
        schema: {
          tags: ['assessment'],
          summary: 'Monthly air bulletin (PDF) of the province or a city, generated on demand',
          querystring: BulletinQuerySchema,
        },
      },
      async (request, reply) => {
        await checkScope(actorOf(request), request.query.regionCode);
        const { pdf } = await bulletinPdf(deps, request.query.month, request.query.regionCode);
        return reply
          .header('content-type', 'application/pdf')
          .header(
            'content-disposition',
            `attachment; filename="air-bulletin-${request.query.regionCode ?? 'province'}-${request.query.month}.pdf"`,
          )
          .send(pdf);
      },
    );

    app.get(
      '/assessment/bulletins/air-monthly/docx',
      {
        config: { access: 'assessment:read' },
        schema: {
          tags: ['assessment'],
          summary: 'The monthly air bulletin as an editable Word document (DOCX), same structure as the PDF',
          querystring: BulletinQuerySchema,
        },
      },
      async (request, reply) => {
        await checkScope(actorOf(request), request.query.regionCode);
        const { docx } = await bulletinDocx(deps, request.query.month, request.query.regionCode);
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
          .header(
            'content-disposition',
            `attachment; filename="air-bulletin-${request.query.regionCode ?? 'province'}-${request.query.month}.docx"`,
          )
          .send(docx);
      },
    );

    app.get(
      '/assessment/bulletins/air-monthly/tables',
      {
        config: { access: 'assessment:read' },
        schema: {
          tags: ['assessment'],
          summary:
            "The bulletin's own tables as XLSX (the city table with the six pollutants, good-day ratio, composite index and rank)",
          querystring: BulletinQuerySchema,
        },
      },
      async (request, reply) => {
        await checkScope(actorOf(request), request.query.regionCode);
        const data = await bulletinContent(deps, request.query.month, request.query.regionCode);
        return sendTable(
          reply,
          await bulletinTablesXlsx(data),
          'xlsx',
          `air-bulletin-tables-${request.query.regionCode ?? 'province'}-${request.query.month}`,
        );
      },
    );

    app.post(
      '/assessment/jobs',
      {
        config: { access: 'assessment:write' },
        schema: {
          tags: ['assessment'],
          summary: 'Queue a report job (monthly air bulletin); poll GET /assessment/jobs/:id',
          body: CreateJobBodySchema,
          response: { 202: JobSchema },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        await checkScope(actor, request.body.regionCode);
        const job = await enqueueBulletin(
          deps,
          { month: request.body.month, regionCode: request.body.regionCode },
          actor.userId,
        );
        kickJobs(deps, request.log);
        return reply.status(202).send(job);
      },
    );

    app.get(
      '/assessment/jobs',
      {
        config: { access: 'assessment:read' },
        schema: {
          tags: ['assessment'],
          summary: 'Recent report jobs with status and progress',
          response: { 200: listSchema(JobSchema) },
        },
      },
      async (request) => {
        const items = await listJobs(deps, actorOf(request));
        return { items, total: items.length };
      },
    );

    app.get(
      '/assessment/jobs/:id',
      {
        config: { access: 'assessment:read' },
        schema: {
          tags: ['assessment'],
          summary: "A job's status: queued, running, done or failed, with percent",
          params: IdParamsSchema,
          response: { 200: JobSchema },
        },
      },
      async (request) => toJob(await getJob(deps, request.params.id, actorOf(request))),
    );

    app.get(
      '/assessment/jobs/:id/file',
      {
        config: { access: 'assessment:read' },
        schema: { tags: ['assessment'], summary: 'The file a finished job produced', params: IdParamsSchema },
      },
      async (request, reply) => {
        const job = await getJob(deps, request.params.id, actorOf(request));
        if (job.status !== 'done' || !job.file_base64)
          throw new AppError('CONFLICT', `job is ${job.status}, no file yet`);
        return reply
          .header('content-type', job.content_type ?? 'application/octet-stream')
          .header('content-disposition', `attachment; filename="${job.file_name ?? 'file'}"`)
          .send(Buffer.from(job.file_base64, 'base64'));
      },
    );
  };
}
