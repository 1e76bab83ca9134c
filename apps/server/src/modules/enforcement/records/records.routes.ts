import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateInspectionRecordBodySchema,
  IdSchema,
  InspectionChecklistQuerySchema,
  InspectionChecklistSchema,
  InspectionRecordCaseBodySchema,
  InspectionRecordListQuerySchema,
  InspectionRecordListSchema,
  InspectionRecordSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { recordToCase } from './record-case';
import { createRecord, getAttachment, getChecklist, getRecord, listRecords } from './records.service';

const tags = ['enforcement'];
const params = z.object({ id: IdSchema });
const MB = 1024 * 1024;

/** Inspection records (检查记录): the checklist of a unit, filing from a phone, reading, turning findings into a case. */
export function inspectionRecordsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const d = { db: deps.db, clock: deps.clock };
  return async (app) => {
    app.get(
      '/enforcement/inspection-checklist',
      {
        config: { access: 'enforcement:read' },
        schema: {
          tags,
          summary: "The checklist of a unit's industry (general items first) and its positive-list flag",
          querystring: InspectionChecklistQuerySchema,
          response: { 200: InspectionChecklistSchema },
        },
      },
      async (request) => getChecklist(d, actorOf(request), request.query.enterpriseId),
    );
    app.post(
      '/enforcement/inspection-records',
      {
        config: { access: 'enforcement:inspect' },
        // Up to ten images of 2 MB each, base64 (4/3) in JSON.
        bodyLimit: 28 * MB,
        schema: {
          tags,
          summary: 'File an inspection record (201); the same clientId again answers with the record made (200)',
          body: CreateInspectionRecordBodySchema,
          response: { 200: InspectionRecordSchema, 201: InspectionRecordSchema },
        },
      },
      async (request, reply) => {
        const { record, created } = await createRecord(d, actorOf(request), request.body);
        return reply.code(created ? 201 : 200).send(record);
      },
    );
    app.get(
      '/enforcement/inspection-records',
      {
        config: { access: 'enforcement:read' },
        schema: {
          tags,
          summary: 'Inspection records of units in reach, by plan, unit, days and outcome; newest first',
          querystring: InspectionRecordListQuerySchema,
          response: { 200: InspectionRecordListSchema },
        },
      },
      async (request) => listRecords(d, actorOf(request), request.query),
    );
    app.get(
      '/enforcement/inspection-records/:id',
      {
        config: { access: 'enforcement:read' },
        schema: {
          tags,
          summary: 'One record with its checklist answers and attachment metadata',
          params,
          response: { 200: InspectionRecordSchema },
        },
      },
      async (request) => getRecord(d, actorOf(request), request.params.id),
    );
    app.get(
      '/enforcement/inspection-records/:id/attachments/:attachmentId',
      {
        config: { access: 'enforcement:read' },
        schema: {
          tags,
          summary: 'The bytes of a photo or signature image',
          params: z.object({ id: IdSchema, attachmentId: IdSchema }),
        },
      },
      async (request, reply) => {
        const a = await getAttachment(d, actorOf(request), request.params.id, request.params.attachmentId);
        return reply
          .header('content-type', a.content_type)
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(a.file_name)}`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'private, max-age=3600')
          .send(Buffer.from(a.data) as never);
      },
    );
    app.post(
      '/enforcement/inspection-records/:id/case',
      {
        config: { access: 'enforcement:write' },
        schema: {
          tags,
          summary: "Turn a record's findings into a case (a lead to be filed), once",
          params,
          body: InspectionRecordCaseBodySchema,
          response: { 200: InspectionRecordSchema },
        },
      },
      async (request) => recordToCase(d, actorOf(request), request.params.id, request.body),
    );
  };
}
