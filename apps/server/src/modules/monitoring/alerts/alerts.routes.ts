import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AcknowledgeAlertsBodySchema,
  AlertListQuerySchema,
  AlertSchema,
  IdParamsSchema,
  listSchema,
} from '@ecocloud/contracts';
import type { AppDeps } from '../../../app-deps';
import { actorOf } from '../../../http/auth.plugin';
import { acknowledgeAlert, acknowledgeAlerts, listAlerts } from './alerts.service';

/** Alert events and their acknowledgement. */
export function alertsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
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
      async (request) => listAlerts(deps, actorOf(request), request.query),
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
        await acknowledgeAlert(deps, actorOf(request), request.params.id);
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
        await acknowledgeAlerts(deps, actorOf(request), request.body.ids);
        return reply.status(204).send(null);
      },
    );
  };
}
