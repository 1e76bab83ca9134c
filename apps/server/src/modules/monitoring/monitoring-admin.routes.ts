import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AcknowledgeAlertsBodySchema,
  AlertListQuerySchema,
  AlertSchema,
  CreateDeviceBodySchema,
  DeviceSchema,
  IdParamsSchema,
  QuarantineEntrySchema,
  UpdateDeviceBodySchema,
  listSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../app-deps';
import { actorOf } from '../../http/auth.plugin';
import { acknowledgeAlert, acknowledgeAlerts, listAlerts } from './alerts/alerts.service';
import { createDevice, listDevices, updateDevice } from './devices/devices.service';
import { inspectFrames } from './hj212-cli/inspect';
import { listQuarantine } from './quarantine/quarantine.service';

export function monitoringAdminRoutes({ db, clock }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/devices',
      {
        config: { access: 'devices:read' },
        schema: {
          tags: ['monitoring'],
          summary: 'HJ 212 data loggers registered to stations in scope',
          response: { 200: listSchema(DeviceSchema) },
        },
      },
      async (request) => listDevices(db, actorOf(request)),
    );

    app.post(
      '/devices',
      {
        config: { access: 'devices:write' },
        schema: {
          tags: ['monitoring'],
          summary: 'Register a data logger (MN, password, factor mapping, CRC mode)',
          body: CreateDeviceBodySchema,
          response: { 201: DeviceSchema },
        },
      },
      async (request, reply) => reply.status(201).send(await createDevice(db, clock, actorOf(request), request.body)),
    );

    app.patch(
      '/devices/:id',
      {
        config: { access: 'devices:write' },
        schema: {
          tags: ['monitoring'],
          summary: 'Change a data logger',
          params: IdParamsSchema,
          body: UpdateDeviceBodySchema,
          response: { 200: DeviceSchema },
        },
      },
      async (request) => updateDevice(db, clock, actorOf(request), request.params.id, request.body),
    );

    app.get(
      '/quarantine',
      {
        config: { access: 'quarantine:read' },
        schema: {
          tags: ['monitoring'],
          summary: 'Rejected frames and messages with their reasons',
          querystring: z.object({
            page: z.coerce.number().int().min(1).default(1),
            pageSize: z.coerce.number().int().min(1).max(200).default(20),
            mn: z.string().max(64).optional(),
            reasonCode: z.string().max(40).optional(),
          }),
          response: { 200: listSchema(QuarantineEntrySchema) },
        },
      },
      async (request) => listQuarantine(db, request.query),
    );

    app.post(
      '/hj212/decode',
      {
        config: { access: 'devices:read' },
        schema: {
          tags: ['monitoring'],
          summary: 'Packet inspector: decode HJ 212 text as `ecocloud hj212 decode` does',
          body: z.object({
            text: z.string().min(1).max(200_000),
            crcMode: z.enum(['hj212', 'modbus', 'modbus-swapped']).default('hj212'),
            strict: z.boolean().default(false),
          }),
          response: { 200: z.object({ lines: z.array(z.record(z.string(), z.unknown())) }) },
        },
      },
      async (request) => ({
        lines: inspectFrames(request.body.text, {
          crcMode: request.body.crcMode,
          strict: request.body.strict,
        }) as unknown as Record<string, unknown>[],
      }),
    );

    app.get(
      '/alerts',
      {
        config: { access: 'alerts:read' },
        schema: {
          tags: ['monitoring'],
          summary:
            'Alert events (silent stations, values over limits, abnormal flags), one per station, kind and start',
          querystring: AlertListQuerySchema,
          response: { 200: listSchema(AlertSchema) },
        },
      },
      async (request) => listAlerts(db, actorOf(request), request.query),
    );

    app.post(
      '/alerts/:id/acknowledge',
      {
        config: { access: 'alerts:ack' },
        schema: {
          tags: ['monitoring'],
          summary: 'Acknowledge an open alert',
          params: IdParamsSchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await acknowledgeAlert(db, clock, actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/alerts/acknowledge',
      {
        config: { access: 'alerts:ack' },
        schema: {
          tags: ['monitoring'],
          summary: 'Acknowledge several open alerts at once (all or none, each audited)',
          body: AcknowledgeAlertsBodySchema,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await acknowledgeAlerts(db, clock, actorOf(request), request.body.ids);
        return reply.status(204).send(null);
      },
    );
  };
}
