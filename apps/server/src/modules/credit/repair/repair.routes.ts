import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreatePunishmentRecordBodySchema,
  CreateRepairRequestBodySchema,
  CreditCaseCandidateListSchema,
  DecideRepairBodySchema,
  IdSchema,
  PunishmentRecordListQuerySchema,
  PunishmentRecordListSchema,
  PunishmentRecordSchema,
  RepairRequestListQuerySchema,
  RepairRequestListSchema,
  RepairRequestSchema,
  SetPunishmentClassBodySchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import {
  caseCandidates,
  createRecord,
  decideRequest,
  fileRequest,
  getRecord,
  getRequest,
  listRecords,
  listRequests,
  setRecordClass,
} from './repair.service';

const tags = ['credit'];
const params = z.object({ id: IdSchema });

/**
 * Punishment records and repair requests. Reads are open to officers (credit:read) and to an enterprise's own
 * users (credit:disclose), both through the register's scope: the service checks the permission.
 */
export function repairRoutes({ db, clock }: AppDeps): FastifyPluginAsyncZod {
  const deps = { db, clock };
  return async (app) => {
    app.get(
      '/credit/repair/records',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: 'Punishment records in scope: class, regime, periods, published today or not, duties',
          querystring: PunishmentRecordListQuerySchema,
          response: { 200: PunishmentRecordListSchema },
        },
      },
      async (request) => listRecords(deps, actorOf(request), request.query),
    );
    app.post(
      '/credit/repair/records',
      {
        config: { access: 'credit:write' },
        schema: {
          tags,
          summary: 'A punishment record from a decided enforcement case, or by hand',
          body: CreatePunishmentRecordBodySchema,
          response: { 201: PunishmentRecordSchema },
        },
      },
      async (request, reply) => reply.code(201).send(await createRecord(deps, actorOf(request), request.body)),
    );
    app.get(
      '/credit/repair/case-candidates',
      {
        config: { access: 'credit:write' },
        schema: {
          tags,
          summary: 'Decided cases in scope without a punishment record, with the default class',
          response: { 200: CreditCaseCandidateListSchema },
        },
      },
      async (request) => caseCandidates(deps, actorOf(request)),
    );
    app.get(
      '/credit/repair/records/:id',
      {
        config: { access: 'authenticated' },
        schema: { tags, summary: 'A punishment record', params, response: { 200: PunishmentRecordSchema } },
      },
      async (request) => getRecord(deps, actorOf(request), request.params.id),
    );
    app.put(
      '/credit/repair/records/:id/class',
      {
        config: { access: 'credit:write' },
        schema: {
          tags,
          summary: 'Set or confirm the class (the periods follow)',
          params,
          body: SetPunishmentClassBodySchema,
          response: { 200: PunishmentRecordSchema },
        },
      },
      async (request) => setRecordClass(deps, actorOf(request), request.params.id, request.body),
    );
    app.post(
      '/credit/repair/records/:id/requests',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: "A repair request (the enterprise's own user, or an officer for it) from the earliest repair date",
          params,
          body: CreateRepairRequestBodySchema,
          response: { 201: RepairRequestSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await fileRequest(deps, actorOf(request), request.params.id, request.body)),
    );
    app.get(
      '/credit/repair/requests',
      {
        config: { access: 'authenticated' },
        schema: {
          tags,
          summary: 'Repair requests in scope with their duties',
          querystring: RepairRequestListQuerySchema,
          response: { 200: RepairRequestListSchema },
        },
      },
      async (request) => listRequests(deps, actorOf(request), request.query),
    );
    app.get(
      '/credit/repair/requests/:id',
      {
        config: { access: 'authenticated' },
        schema: { tags, summary: 'A repair request', params, response: { 200: RepairRequestSchema } },
      },
      async (request) => getRequest(deps, actorOf(request), request.params.id),
    );
    app.post(
      '/credit/repair/requests/:id/decision',
      {
        config: { access: 'credit:review' },
        schema: {
          tags,
          summary: 'Approve (every duty met; off the portal from today) or reject, with the reason',
          params,
          body: DecideRepairBodySchema,
          response: { 200: RepairRequestSchema },
        },
      },
      async (request) => decideRequest(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
