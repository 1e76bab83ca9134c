import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ComplaintActionBodySchema,
  ComplaintDetailSchema,
  ComplaintExportQuerySchema,
  ComplaintIdentitySchema,
  ComplaintListQuerySchema,
  ComplaintListSchema,
  ComplaintMapQuerySchema,
  ComplaintMapSchema,
  ComplaintStatsQuerySchema,
  ComplaintStatsSchema,
  IdSchema,
  ImportQuerySchema,
  ImportReportSchema,
  StaffComplaintBodySchema,
  StaffComplaintCreatedSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../app-deps';
import { actorOf } from '../../http/auth.plugin';
import { readUpload, sendTable } from '../../platform/import-export/http-files';
import { complaintMap, complaintStats } from './learning/learning.service';
import { recordAction } from './reports/complaint-actions.service';
import { complaintPhoto, getComplaint, listComplaints, viewIdentity } from './reports/complaints.service';
import { exportComplaints } from './reports/export.service';
import { importHandover } from './reports/handover-import.service';
import { intakeStaff } from './reports/intake.service';

const tags = ['complaints'];
const params = z.object({ id: IdSchema });

/** Staff routes: reports in the scope of the handling unit's subtree; anything else is 404. */
export function complaintsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/complaints',
      {
        config: { access: 'complaints:read' },
        schema: {
          tags,
          summary: 'Reports in scope with their next due day (never the identity of the reporter)',
          querystring: ComplaintListQuerySchema,
          response: { 200: ComplaintListSchema },
        },
      },
      async (request) => listComplaints(deps, actorOf(request), request.query),
    );
    app.post(
      '/complaints',
      {
        config: { access: 'complaints:intake' },
        schema: {
          tags,
          summary: 'Staff entry of a call, letter or visit (routed to the unit covering the place)',
          body: StaffComplaintBodySchema,
          response: { 201: StaffComplaintCreatedSchema },
        },
      },
      async (request, reply) => reply.code(201).send(await intakeStaff(deps, actorOf(request), request.body)),
    );
    app.post(
      '/complaints/import',
      {
        config: { access: 'complaints:intake' },
        schema: {
          tags,
          summary:
            'Import a batch of 交办件 from CSV/XLSX (multipart `file`; row-level errors; a dry run unless dryRun=false)',
          consumes: ['multipart/form-data'],
          querystring: ImportQuerySchema,
          response: { 200: ImportReportSchema },
        },
      },
      async (request) => importHandover(deps, actorOf(request), { file: await readUpload(request), ...request.query }),
    );
    app.get(
      '/complaints/export',
      {
        config: { access: 'complaints:read' },
        schema: {
          tags,
          summary: 'The reports in scope as CSV/XLSX; the identity columns need complaints:export_identity (audited)',
          querystring: ComplaintExportQuerySchema,
        },
      },
      async (request, reply) =>
        sendTable(
          reply,
          await exportComplaints(deps, actorOf(request), request.query),
          request.query.format,
          'complaints',
        ),
    );
    app.get(
      '/complaints/map',
      {
        config: { access: 'complaints:read' },
        schema: {
          tags,
          summary: 'Located reports received in a range, by kind and month',
          querystring: ComplaintMapQuerySchema,
          response: { 200: ComplaintMapSchema },
        },
      },
      async (request) => complaintMap(deps, actorOf(request), request.query),
    );
    app.get(
      '/complaints/stats',
      {
        config: { access: 'complaints:read' },
        schema: {
          tags,
          summary: 'Per handling unit: received, answered on time, days to answer, satisfaction; repeat enterprises',
          querystring: ComplaintStatsQuerySchema,
          response: { 200: ComplaintStatsSchema },
        },
      },
      async (request) => complaintStats(deps, actorOf(request), request.query),
    );
    app.get(
      '/complaints/:id',
      {
        config: { access: 'complaints:read' },
        schema: {
          tags,
          summary: 'A report with its clocks, events and the steps the caller may take',
          params,
          response: { 200: ComplaintDetailSchema },
        },
      },
      async (request) => getComplaint(deps, actorOf(request), request.params.id),
    );
    app.get(
      '/complaints/:id/identity',
      {
        config: { access: 'complaints:handle' },
        schema: {
          tags,
          summary: "The reporter's identity and contact: officers of the handling unit only; every view audited",
          params,
          response: { 200: ComplaintIdentitySchema },
        },
      },
      async (request) => viewIdentity(deps, actorOf(request), request.params.id),
    );
    app.get(
      '/complaints/:id/photos/:photoId',
      {
        config: { access: 'complaints:read' },
        schema: { tags, summary: 'A photo of the report', params: params.extend({ photoId: IdSchema }) },
      },
      async (request, reply) => {
        const photo = await complaintPhoto(deps, actorOf(request), request.params.id, request.params.photoId);
        return reply
          .header('content-type', photo.contentType)
          .header('cache-control', 'private, no-store')
          .send(photo.data);
      },
    );
    app.post(
      '/complaints/:id/actions',
      {
        config: { access: 'complaints:read' },
        schema: {
          tags,
          summary:
            'One step: accept (classify), merge, transfer, link a case, extend, draft, approve or return the answer, answer a 复查',
          params,
          body: ComplaintActionBodySchema,
          response: { 200: ComplaintDetailSchema },
        },
      },
      async (request) => recordAction(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
