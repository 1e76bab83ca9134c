import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  CreateDeviceBodySchema,
  DeviceSchema,
  IdParamsSchema,
  UpdateDeviceBodySchema,
  listSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { createDevice, listDevices, updateDevice } from './devices.service';

/** HJ 212 data loggers: list, register, change. */
export function devicesRoutes(deps: AppDeps): FastifyPluginAsyncZod {
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
      async (request) => listDevices(deps, actorOf(request)),
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
      async (request, reply) => reply.status(201).send(await createDevice(deps, actorOf(request), request.body)),
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
      async (request) => updateDevice(deps, actorOf(request), request.params.id, request.body),
    );
  };
}
